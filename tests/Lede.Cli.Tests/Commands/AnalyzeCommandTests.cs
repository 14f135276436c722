using System.Text.Json.Nodes;

namespace Lede.Cli.Tests.Commands;

public class AnalyzeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Program.Run(args, TextReader.Null, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Help_offers_only_the_formats_analyze_writes()
    {
        var (code, output, _) = Run("analyze", "--help");
        Assert.Equal(0, code);
        var format = output.Split('\n').Single(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal));
        Assert.Contains("<json|jsonl>", format, StringComparison.Ordinal);
        Assert.DoesNotContain("markdown", format, StringComparison.Ordinal);
        Assert.DoesNotContain("text", format, StringComparison.Ordinal);

        var (refused, _, error) = Run("analyze", "--format", "markdown", "page.html");
        Assert.Equal(2, refused);
        Assert.Contains("analyze writes json or jsonl, not 'markdown'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void As_body_analyses_the_input_verbatim_so_offsets_point_into_it()
    {
        const string body = "Harbor officials say about 40 boats sank.\n\n“We lost everything,” fisherman Tomas Reyes said.";
        var path = Path.Combine(Path.GetTempPath(), $"lede-analyze-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, body);
        try
        {
            var (code, output, _) = Run("analyze", "--as-body", "--format", "json", path);
            Assert.Equal(0, code);
            var json = JsonNode.Parse(output)!.AsObject();
            Assert.Equal(body, json["articleBody"]!.GetValue<string>());
            var quotes = json["quotes"]!.AsArray();
            Assert.Contains(quotes, q => q!["kind"]!.GetValue<string>() == "direct" && q["speaker"]?["name"]?.GetValue<string>() == "Tomas Reyes");
            foreach (var quote in quotes)
            {
                var start = quote!["start"]!.GetValue<int>();
                var end = quote["end"]!.GetValue<int>();
                Assert.Equal(body[start..end], quote["text"]!.GetValue<string>());
            }
            var claim = Assert.Single(json["claims"]!.AsArray());
            Assert.Equal(40, claim!["value"]!.GetValue<double>());
            Assert.Equal("about", claim["qualifier"]!.GetValue<string>());
            Assert.NotNull(json["sentences"]);
            Assert.NotNull(json["entities"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_output_is_a_usage_error()
    {
        var (code, _, err) = Run("analyze", "--format", "text", "missing.txt");
        Assert.Equal(Program.UsageError, code);
        Assert.Contains("json", err);
    }

    [Fact]
    public void A_missing_input_is_reported_in_place_and_fails_the_batch()
    {
        var (code, output, err) = Run("analyze", "--as-body", "--format", "jsonl", "no-such-file.txt");
        Assert.Equal(Program.InputFailed, code);
        Assert.Contains("no-such-file.txt", err);
        Assert.Contains("\"error\"", output);
    }

    [Fact]
    public void As_body_refuses_a_gzip_bomb_like_extraction_does()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lede-bomb-{Guid.NewGuid():N}.txt.gz");
        using (var file = File.Create(path))
        using (var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 80; i++) gzip.Write(zeros); // 80 MiB of zeros, past the 64 MiB cap
        }
        try
        {
            var (code, output, _) = Run("analyze", "--as-body", "--format", "jsonl", path);
            Assert.Equal(Program.InputFailed, code);
            Assert.Contains("gzip bomb", JsonNode.Parse(output)!["error"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void As_body_decodes_a_declared_single_byte_charset()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        const string body = "<meta charset=\"windows-1252\">Le café a rouvert, a déclaré la maire.";
        var path = Path.Combine(Path.GetTempPath(), $"lede-latin-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, System.Text.Encoding.GetEncoding(1252).GetBytes(body));
        try
        {
            var (code, output, _) = Run("analyze", "--as-body", "--format", "json", path);
            Assert.Equal(0, code);
            Assert.Equal(body, JsonNode.Parse(output)!["articleBody"]!.GetValue<string>());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_body_in_another_language_is_not_read_with_the_english_models_and_says_so()
    {
        // Invented Dutch report, long enough for the language to be read from the text.
        const string body =
            "De gemeenteraad van Nieuwhaven heeft maandag besloten een nieuwe brug te bouwen over de rivier. " +
            "De wethouder zei dat de kosten ongeveer veertig miljoen euro bedragen en dat het werk volgend jaar begint. " +
            "Bewoners van de oude wijk zijn blij met het besluit, want de veerboot vaart 's avonds niet meer.";
        var path = Path.Combine(Path.GetTempPath(), $"lede-dutch-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, body);
        try
        {
            var (code, output, _) = Run("analyze", "--as-body", "--format", "json", path);
            Assert.Equal(0, code);
            var json = JsonNode.Parse(output)!.AsObject();
            Assert.Equal("nl", json["inLanguage"]!.GetValue<string>());
            Assert.Equal(3, json["sentences"]!.AsArray().Count);
            Assert.Empty(json["entities"]!.AsArray());
            Assert.Empty(json["quotes"]!.AsArray());
            Assert.Contains(json["warnings"]!.AsArray(), w => w!.GetValue<string>().Contains("nl", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
