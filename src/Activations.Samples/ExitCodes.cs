namespace Activations.Samples
{
    /// <summary>The samples' exit codes.</summary>
    internal static class ExitCodes
    {
        public const int Success = 0;

        /// <summary>The formula has an ACT error, printed as the compiler prints it.</summary>
        public const int ExpressionError = 1;

        /// <summary>An option makes no sense for the formula (an unknown --wrt name, an order out of range).</summary>
        public const int Usage = 2;
    }
}
