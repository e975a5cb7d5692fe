using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Activations.Generator
{
    /// <summary>
    /// An immutable array with value equality, so pipeline models that hold lists stay cacheable.
    /// </summary>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IEnumerable<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public EquatableArray(IEnumerable<T> items) => _items = new List<T>(items).ToArray();

        public static EquatableArray<T> Empty => new EquatableArray<T>(Array.Empty<T>());

        public int Count => _items?.Length ?? 0;

        public T this[int index] => _items![index];

        public bool IsEmpty => Count == 0;

        public ImmutableArray<T> AsImmutableArray() => _items is null ? ImmutableArray<T>.Empty : ImmutableArray.Create(_items);

        public bool Equals(EquatableArray<T> other)
        {
            int count = Count;
            if (count != other.Count)
            {
                return false;
            }

            for (int i = 0; i < count; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(_items![i], other._items![i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            if (_items is not null)
            {
                foreach (T item in _items)
                {
                    hash = unchecked((hash * 31) + (item is null ? 0 : item.GetHashCode()));
                }
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }
}
