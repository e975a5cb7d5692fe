namespace Activations.Internal.Vectors
{
    /// <summary>Which function a trigonometric kernel's out-of-range fallback evaluates.</summary>
    internal enum TrigFunction
    {
        Sin,
        Cos,
        Tan,
    }
}
