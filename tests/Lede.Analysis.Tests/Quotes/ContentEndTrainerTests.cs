using System.Text;
using System.Text.Json;
using Lede.Analysis.Quotes;
using Lede.Analysis.Text;

namespace Lede.Analysis.Tests.Quotes;

public sealed class ContentEndTrainerTests
{
    [Fact]
    public void A_model_trained_on_invented_attributions_cuts_where_it_was_taught()
    {
        var folder = Path.Combine(Path.GetTempPath(), "lede-content-end-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var people = new[] { "Okafor", "Berglund", "Kowalczyk", "Lindqvist" };
            var things = new[] { "ferry plan", "harbour levy", "bridge budget", "tram route", "port schedule" };
            var days = new[] { "Monday", "Tuesday", "Friday" };
            var text = new StringBuilder();
            var attributions = new List<object>();
            for (var i = 0; i < 60; i++)
            {
                var start = text.Length;
                var person = people[i % people.Length];
                text.Append(person).Append(" praised ");
                var cue = (start + person.Length + 1, start + person.Length + 8);
                var contentStart = text.Length;
                text.Append("the ").Append(things[i % things.Length]);
                var contentEnd = text.Length;
                text.Append(" on ").Append(days[i % days.Length]).Append(" at a meeting in the old town hall.\n\n");
                attributions.Add(new
                {
                    cue = new[] { new { fragments = new[] { new[] { cue.Item1, cue.Item2 } } } },
                    content = new[] { new { fragments = new[] { new[] { contentStart, contentEnd } } } },
                });
            }
            File.WriteAllText(Path.Combine(folder, "a.txt"), text.ToString());
            File.WriteAllText(Path.Combine(folder, "gold.jsonl"), JsonSerializer.Serialize(new { split = "train", text = "a.txt", attributions }) + "\n"
                // A dev article whose text does not exist: the trainer must never open it.
                + JsonSerializer.Serialize(new { split = "dev", text = "missing.txt", attributions = Array.Empty<object>() }) + "\n");

            using var buffer = new MemoryStream();
            new ContentEndTrainer { Epochs = 3 }.Train(folder, buffer);
            buffer.Position = 0;
            var model = ContentEndModel.Read(buffer);

            var tokens = Tokenizer.Tokenize("Amara praised the new tram route on Sunday at a meeting in the town hall.");
            var end = model.BestEnd(tokens, CueFeatures.WordHashes(tokens), 1, 2, tokens.Count, _ => false);
            Assert.Equal("route", tokens[end].Text);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
