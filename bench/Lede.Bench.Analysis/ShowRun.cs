using Lede.Analysis.Entities;
using Lede.Analysis.Text;

namespace Lede.Bench.Analysis;

/// <summary>Prints the sentences and mentions found in text files, for eyeballing modern news.</summary>
internal static class ShowRun
{
    public static int Run(string path, string? modelPath)
    {
        var tagger = modelPath is null ? NamedEntityTagger.Default : NamedEntityTagger.Load(File.OpenRead(modelPath));
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.txt").Order(StringComparer.Ordinal).ToArray() : [path];
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var sentences = SentenceSplitter.Split(text);
            var mentions = tagger.Tag(text, sentences);
            Console.WriteLine($"== {file}: {sentences.Count} sentences, {mentions.Count} mentions");
            foreach (var s in sentences)
            {
                Console.WriteLine($"[{s.Start}-{s.End}] {text[s.Start..s.End].ReplaceLineEndings(" ")}");
                foreach (var m in mentions.Where(m => m.Start >= s.Start && m.End <= s.End))
                    Console.WriteLine($"    {m.Type,-5} {m.Text}");
            }
        }
        return 0;
    }
}
