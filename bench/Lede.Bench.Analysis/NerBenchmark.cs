using System.Diagnostics;
using Lede.Analysis.Entities;
using Lede.Analysis.Text;
using Lede.Bench.Common;

namespace Lede.Bench.Analysis;

/// <summary>
/// Entity-level exact F1 on conll2003-dev, two ways: end to end (our sentence splitter and tokenizer on the raw
/// text, spans compared by character offsets) and on the gold tokens (as conlleval). Then load time and speed.
/// </summary>
internal static class NerBenchmark
{
    public static int Run(string data, string? modelPath, string? dumpPath = null)
    {
        var gold = GoldDocument.ReadAll(Path.Combine(data, "conll2003-dev", "gold.jsonl"));
        var bytes = modelPath is not null ? File.ReadAllBytes(modelPath) : EmbeddedModel();
        Console.WriteLine($"model: {(modelPath ?? "embedded")} ({bytes.Length / 1024.0 / 1024.0:F2} MB)");

        var clock = Stopwatch.StartNew();
        var cpu = ThreadCpuClock.Now();
        var tagger = NamedEntityTagger.Load(new MemoryStream(bytes));
        var coldLoad = clock.Elapsed.TotalMilliseconds;
        var coldCpu = (ThreadCpuClock.Now() - cpu).TotalMilliseconds;
        clock.Restart();
        cpu = ThreadCpuClock.Now();
        NamedEntityTagger.Load(new MemoryStream(bytes));
        Console.WriteLine($"load: {coldLoad:F0} ms cold (first in process), {clock.Elapsed.TotalMilliseconds:F0} ms warm; this thread's CPU time {coldCpu:F0} ms cold, {(ThreadCpuClock.Now() - cpu).TotalMilliseconds:F0} ms warm");

        var endToEnd = new SpanScore();
        var seenInTraining = TrainingNames(Path.Combine(data, "conll2003-train", "train.txt"));
        var seen = new SpanScore();
        var unseen = new SpanScore();
        using var dump = dumpPath is null ? null : File.CreateText(dumpPath);
        foreach (var doc in gold)
        {
            var sentences = SentenceSplitter.Split(doc.Text);
            var mentions = tagger.Tag(doc.Text, sentences);
            var predicted = mentions.Select(m => (m.Type, m.Start, m.End)).ToList();
            var expected = doc.Entities.Select(e => (e.Type, e.Start, e.End)).ToList();
            endToEnd.Add(predicted, expected);
            // One JSON line per document: its id and the predicted spans, for reading errors beside the gold.
            dump?.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { id = doc.Id, predicted = predicted.Select(p => new { type = p.Type, start = p.Start, end = p.End }) }));
            bool Seen((string Type, int Start, int End) s) => seenInTraining.Contains(Normalise(doc.Text[s.Start..s.End]));
            seen.Add(predicted.Where(Seen), expected.Where(Seen));
            unseen.Add(predicted.Where(s => !Seen(s)), expected.Where(s => !Seen(s)));
        }
        endToEnd.Print($"end to end (own splitter + tokenizer, char offsets), {gold.Count} documents:");
        // The held-out test sets of CoNLL name far more entities no training document names than its dev set does, so
        // the unseen row is the better guide to how the tagger generalises (a span counts as seen when its words, as
        // written, are a name some training sentence tags).
        if (seenInTraining.Count > 0)
        {
            seen.Print("  spans whose words are a name in the training set:");
            unseen.Print("  spans whose words no training name has:");
        }

        var tokens = new SpanScore();
        foreach (var doc in gold)
        {
            var predicted = tagger.TagTokens(doc.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens).ToList());
            var p = new List<(string, int, int)>();
            var g = new List<(string, int, int)>();
            for (var s = 0; s < doc.Sentences.Count; s++)
            {
                p.AddRange(IobSpans(predicted[s], s));
                g.AddRange(IobSpans(doc.Sentences[s].Tags, s));
            }
            tokens.Add(p, g);
        }
        tokens.Print("gold tokens (conlleval-style):");

        // Speed: several rounds over the whole set after a warm-up round.
        var sentenceLists = gold.Select(d => SentenceSplitter.Split(d.Text)).ToList();
        var sentenceCount = sentenceLists.Sum(s => s.Count);
        var tokenCount = gold.Select((d, i) => sentenceLists[i].Sum(s => Tokenizer.Tokenize(d.Text, s.Start, s.End).Count)).Sum();
        var rounds = 5;
        clock.Restart();
        for (var r = 0; r < rounds; r++)
            foreach (var doc in gold) SentenceSplitter.Split(doc.Text);
        var splitSeconds = clock.Elapsed.TotalSeconds / rounds;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        for (var r = 0; r < rounds; r++)
            for (var i = 0; i < gold.Count; i++) tagger.Tag(gold[i].Text, sentenceLists[i]);
        var tagSeconds = clock.Elapsed.TotalSeconds / rounds;
        var tagCpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - processCpu).TotalSeconds / rounds;
        var tagAllocated = (GC.GetAllocatedBytesForCurrentThread() - allocated) / rounds;
        Console.WriteLine($"speed (one thread; machine shared, figures noisy): {gold.Count} docs, {sentenceCount} sentences, {tokenCount} tokens");
        Console.WriteLine($"  split:  {gold.Count / splitSeconds,10:F0} docs/s  {sentenceCount / splitSeconds,10:F0} sentences/s");
        Console.WriteLine($"  tag:    {gold.Count / tagSeconds,10:F0} docs/s  {sentenceCount / tagSeconds,10:F0} sentences/s  {tokenCount / tagSeconds,10:F0} tokens/s  {tagAllocated / (double)tokenCount,6:F0} B/token");
        Console.WriteLine($"  tag by process CPU time: {gold.Count / tagCpuSeconds,10:F0} docs/s  {sentenceCount / tagCpuSeconds,10:F0} sentences/s  {tokenCount / tagCpuSeconds,10:F0} tokens/s");
        return 0;
    }

    private static HashSet<string> TrainingNames(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return names;
        foreach (var line in File.ReadLines(path))
        {
            var words = new List<string>();
            foreach (var token in line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("###O"))
            {
                var cut = token.LastIndexOf("###", StringComparison.Ordinal);
                var tag = token[(cut + 3)..];
                if ((tag == "O" || tag.StartsWith("B-", StringComparison.Ordinal)) && words.Count > 0)
                {
                    names.Add(string.Join(' ', words));
                    words.Clear();
                }
                if (tag != "O") words.Add(token[..cut]);
            }
        }
        return names;
    }

    private static string Normalise(string span) => string.Join(' ', span.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(string, int, int)> IobSpans(IReadOnlyList<string> tags, int sentence)
    {
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var t = i < tags.Count ? tags[i] : "O";
            var tType = t.Length > 2 ? t[2..] : null;
            var begins = tType is not null && (t[0] == 'B' || tType != type);
            if (type is not null && (tType is null || begins))
            {
                yield return (type, sentence * 10_000 + start, sentence * 10_000 + i);
                type = null;
            }
            if (tType is not null && (begins || type is null)) { start = i; type = tType; }
        }
    }

    private static byte[] EmbeddedModel()
    {
        using var stream = typeof(NamedEntityTagger).Assembly.GetManifestResourceStream("Lede.Analysis.Models.ner-en.bin")
            ?? throw new InvalidOperationException("No embedded model: train one first.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
