namespace CorpusLens.Text;

/// <summary>Partial sorting: the smallest N values of a span, in order, without sorting the rest.</summary>
internal static class TopSelection
{
    /// <summary>
    /// Moves the <paramref name="count"/> smallest values of <paramref name="values"/> to its start, sorted
    /// ascending, and returns how many that is (at most the span's length). The rest is left in no order.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int SortSmallest(Span<long> values, int count)
    {
        if (count >= values.Length)
        {
            if (values.Length <= InsertionLimit)
            {
                InsertionSort(values);
            }
            else
            {
                values.Sort();
            }
            return values.Length;
        }
        if (count <= 0)
        {
            return 0;
        }
        // A max-heap of the smallest values seen so far in values[..count]; its root is the largest of them.
        var heap = values[..count];
        for (int i = count / 2 - 1; i >= 0; i--)
        {
            SiftDown(heap, i);
        }
        for (int i = count; i < values.Length; i++)
        {
            if (values[i] < heap[0])
            {
                (heap[0], values[i]) = (values[i], heap[0]);
                SiftDown(heap, 0);
            }
        }
        if (count <= InsertionLimit)
        {
            InsertionSort(heap);
        }
        else
        {
            heap.Sort();
        }
        return count;
    }

    /// <summary>Kept values up to this many are sorted by insertion (no generic sort code to compile at first use).</summary>
    private const int InsertionLimit = 64;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void InsertionSort(Span<long> values)
    {
        for (int i = 1; i < values.Length; i++)
        {
            long value = values[i];
            int j = i - 1;
            while (j >= 0 && values[j] > value)
            {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void SiftDown(Span<long> heap, int index)
    {
        long value = heap[index];
        while (true)
        {
            int child = 2 * index + 1;
            if (child >= heap.Length)
            {
                break;
            }
            if (child + 1 < heap.Length && heap[child + 1] > heap[child])
            {
                child++;
            }
            if (heap[child] <= value)
            {
                break;
            }
            heap[index] = heap[child];
            index = child;
        }
        heap[index] = value;
    }
}
