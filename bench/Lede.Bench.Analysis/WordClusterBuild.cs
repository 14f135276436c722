using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Numerics.Tensors;
using System.Text;

namespace Lede.Bench.Analysis;

/// <summary>
/// Builds the word-cluster list (<c>src/Lede.Analysis/Models/word-clusters-en.txt.gz</c>) from word vectors in GloVe's
/// text format ("word v1 … vN" per line, most frequent first): spherical k-means, applied top-down (the words into
/// <c>branching</c> clusters, each cluster again into as many, <c>levels</c> deep), so a cluster's id read at a coarser
/// level is its ancestor's, as with Brown clusters' bit-string prefixes. Deterministic: a fixed seed, k-means++ seeding,
/// a fixed number of rounds and sums taken in word order.
/// </summary>
internal static class WordClusterBuild
{
    public static int Run(string vectorsPath, string output, int words, int branching, int levels, int rounds)
    {
        var clock = Stopwatch.StartNew();
        var (vocabulary, vectors, dimensions) = Read(vectorsPath, words);
        Console.WriteLine($"read {vocabulary.Count:N0} words of {dimensions} dimensions in {clock.Elapsed.TotalSeconds:F1} s");

        // Every word starts in one cluster; each level splits every cluster of the level above.
        var path = new int[vocabulary.Count];
        var members = new List<int[]> { Enumerable.Range(0, vocabulary.Count).ToArray() };
        for (var level = 0; level < levels; level++)
        {
            var next = new List<int[]>();
            for (var c = 0; c < members.Count; c++)
            {
                var split = Split(vectors, dimensions, members[c], branching, rounds, new Random(1 + level * 100_003 + c));
                for (var k = 0; k < branching; k++)
                {
                    var group = members[c].Where((_, i) => split[i] == k).ToArray();
                    foreach (var w in members[c].Where((_, i) => split[i] == k)) path[w] = path[w] * branching + k;
                    next.Add(group);
                }
            }
            members = next;
            Console.WriteLine($"level {level + 1}: {members.Count(m => m.Length > 0)} clusters, largest {members.Max(m => m.Length):N0} words ({clock.Elapsed.TotalSeconds:F1} s)");
        }

        // "id word" lines ordered by cluster, then by frequency, so a reader sees each cluster's commonest words first.
        var order = Enumerable.Range(0, vocabulary.Count).OrderBy(w => path[w]).ThenBy(w => w).ToArray();
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using (var file = File.Create(output))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var writer = new StreamWriter(gzip, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            writer.WriteLine($"#clusters levels={levels} branching={branching} words={vocabulary.Count}");
            writer.WriteLine($"# id = level-1 cluster × {branching}^{levels - 1} + level-2 cluster × {branching}^{levels - 2} + …; spherical k-means, top-down, {rounds} rounds, seed 1, from {Path.GetFileName(vectorsPath)}");
            foreach (var w in order) writer.WriteLine($"{path[w].ToString(CultureInfo.InvariantCulture)} {vocabulary[w]}");
        }
        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length / 1024.0 / 1024.0:F2} MB) in {clock.Elapsed.TotalSeconds:F1} s");
        foreach (var probe in new[] { "said", "mbeki", "yeltsin", "ajax", "reuters", "nairobi", "monday", "percent", "intel" })
        {
            var w = vocabulary.IndexOf(probe);
            if (w < 0) continue;
            var neighbours = order.Where(o => path[o] == path[w]).Take(12).Select(o => vocabulary[o]);
            Console.WriteLine($"  {probe,-8} {path[w],5}: {string.Join(' ', neighbours)}");
        }
        return 0;
    }

    private static (List<string> Vocabulary, float[] Vectors, int Dimensions) Read(string path, int limit)
    {
        var vocabulary = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var values = new List<float>();
        var dimensions = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (vocabulary.Count >= limit) break;
            var parts = line.Split(' ');
            if (parts.Length < 3) continue;
            if (dimensions == 0) dimensions = parts.Length - 1;
            if (parts.Length - 1 != dimensions) throw new InvalidDataException($"{path}: '{parts[0]}' has {parts.Length - 1} values, not {dimensions}");
            // Lower-cased lookups: a word the vectors hold twice keeps its more frequent (earlier) vector.
            var word = parts[0].ToLowerInvariant();
            if (!seen.Add(word)) continue;
            vocabulary.Add(word);
            var start = values.Count;
            for (var d = 1; d < parts.Length; d++) values.Add(float.Parse(parts[d], CultureInfo.InvariantCulture));
            // Unit length: clusters by direction (cosine), as word similarity is read.
            var v = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(values).Slice(start, dimensions);
            var norm = TensorPrimitives.Norm(v);
            if (norm > 0) TensorPrimitives.Divide(v, norm, v);
        }
        return (vocabulary, values.ToArray(), dimensions);
    }

    // Spherical k-means of the given words into k clusters; returns each word's cluster (0 for all when too few words).
    private static int[] Split(float[] vectors, int dimensions, int[] words, int k, int rounds, Random random)
    {
        var assignment = new int[words.Length];
        if (words.Length <= k)
        {
            for (var i = 0; i < words.Length; i++) assignment[i] = i;
            return assignment;
        }
        ReadOnlySpan<float> Vector(int word) => vectors.AsSpan(word * dimensions, dimensions);
        var centroids = new float[k * dimensions];
        // k-means++ seeding: each next centre drawn with probability proportional to its distance from the chosen ones.
        var distance = new double[words.Length];
        Array.Fill(distance, double.MaxValue);
        var first = words[random.Next(words.Length)];
        Vector(first).CopyTo(centroids.AsSpan(0, dimensions));
        for (var c = 1; c < k; c++)
        {
            var previous = centroids.AsSpan((c - 1) * dimensions, dimensions);
            double sum = 0;
            for (var i = 0; i < words.Length; i++)
            {
                distance[i] = Math.Min(distance[i], Math.Max(0, 1 - TensorPrimitives.Dot(Vector(words[i]), previous)));
                sum += distance[i];
            }
            var target = random.NextDouble() * sum;
            var chosen = words.Length - 1;
            for (var i = 0; i < words.Length; i++)
            {
                target -= distance[i];
                if (target <= 0) { chosen = i; break; }
            }
            Vector(words[chosen]).CopyTo(centroids.AsSpan(c * dimensions, dimensions));
        }

        for (var round = 0; round < rounds; round++)
        {
            var frozen = centroids;
            Parallel.For(0, words.Length, i =>
            {
                var v = Vector(words[i]);
                var best = 0;
                var bestScore = float.MinValue;
                for (var c = 0; c < k; c++)
                {
                    var score = TensorPrimitives.Dot(v, frozen.AsSpan(c * dimensions, dimensions));
                    if (score > bestScore) (best, bestScore) = (c, score);
                }
                assignment[i] = best;
            });
            // New centres: the normalised mean of their words, summed in word order; an emptied cluster keeps its centre.
            var sums = new float[k * dimensions];
            var counts = new int[k];
            for (var i = 0; i < words.Length; i++)
            {
                TensorPrimitives.Add(sums.AsSpan(assignment[i] * dimensions, dimensions), Vector(words[i]), sums.AsSpan(assignment[i] * dimensions, dimensions));
                counts[assignment[i]]++;
            }
            for (var c = 0; c < k; c++)
            {
                if (counts[c] == 0) continue;
                var centre = sums.AsSpan(c * dimensions, dimensions);
                var norm = TensorPrimitives.Norm(centre);
                if (norm > 0) TensorPrimitives.Divide(centre, norm, centre);
                centre.CopyTo(centroids.AsSpan(c * dimensions, dimensions));
            }
        }
        return assignment;
    }
}
