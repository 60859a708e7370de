using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sign2Gpt.Inference.Tokenization;

namespace Sign2Gpt.Inference.Tests.Tokenization;

public sealed class TokenizerFileTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "sign2gpt-tokenizer-" + Guid.NewGuid().ToString("N"));

    private static BpeTokenizer Tokenizer => TrainedTokenizer.Instance;

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void Save_then_load_gives_the_same_tokenizer()
    {
        var path = Path.Combine(_directory, "nested", "tokenizer.json");
        Tokenizer.Save(path);

        var loaded = BpeTokenizer.Load(path);

        Assert.Equal(Tokenizer.ToJson(), loaded.ToJson());
        Assert.Equal(Tokenizer.ContentHash, loaded.ContentHash);
        Assert.Equal(Tokenizer.Languages, loaded.Languages);
        Assert.Equal(Tokenizer.VocabularySize, loaded.VocabularySize);
        foreach (var sentence in TrainedTokenizer.Corpus.Take(100).Append("天 😀 straße"))
        {
            Assert.Equal(Tokenizer.Encode(sentence), loaded.Encode(sentence));
        }

        Assert.Equal(Encoding.UTF8.GetBytes(Tokenizer.ToJson()), File.ReadAllBytes(path));
        Assert.Equal(["tokenizer.json"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_the_canonical_json()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Tokenizer.ToJson())));

        Assert.Equal(expected, Tokenizer.ContentHash);
        Assert.Matches("^[0-9a-f]{64}$", Tokenizer.ContentHash);
    }

    [Fact]
    public void Content_hash_ignores_file_formatting_but_not_content()
    {
        var reformatted = JsonNode.Parse(Tokenizer.ToJson())!.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        var smaller = BpeTokenizer.Train(TrainedTokenizer.Corpus, TrainedTokenizer.Options with { VocabularySize = 1100 });

        Assert.NotEqual(Tokenizer.ToJson(), reformatted);
        Assert.Equal(Tokenizer.ContentHash, BpeTokenizer.FromJson(reformatted).ContentHash);
        Assert.NotEqual(Tokenizer.ContentHash, smaller.ContentHash);
    }

    [Fact]
    public void The_file_is_readable_json_with_version_and_specials()
    {
        using var document = JsonDocument.Parse(Tokenizer.ToJson());
        var root = document.RootElement;

        Assert.Equal("sign2gpt-bpe", root.GetProperty("format").GetString());
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(2, root.GetProperty("specials").GetProperty("eos").GetInt32());
        Assert.Equal("<de>", root.GetProperty("vocabulary")[4].GetString());
        Assert.Equal(Tokenizer.VocabularySize, root.GetProperty("vocabulary").GetArrayLength());
    }

    [Theory]
    [InlineData("{ \"format\": ", "not valid JSON")]
    [InlineData("[1, 2]", "top level must be a JSON object")]
    [InlineData("{\"format\": \"sentencepiece\"}", "format is 'sentencepiece'")]
    public void Malformed_text_is_a_clear_error(string json, string expected)
    {
        var error = Assert.Throws<TokenizerFormatException>(() => BpeTokenizer.FromJson(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("remove vocabulary", "property 'vocabulary' is missing")]
    [InlineData("version 2", "version 2 is not supported")]
    [InlineData("eos 5", "specials.eos is 5")]
    [InlineData("duplicate language", "'de' is listed twice")]
    [InlineData("edit piece", "but the layout and merges make it")]
    [InlineData("forward merge", "merges[0]")]
    [InlineData("drop merge", "should be a single alphabet character")]
    [InlineData("number piece", "'vocabulary' must be an array of strings")]
    public void Inconsistent_files_are_a_clear_error(string change, string expected)
    {
        var json = JsonNode.Parse(Tokenizer.ToJson())!.AsObject();
        var vocabulary = json["vocabulary"]!.AsArray();
        var merges = json["merges"]!.AsArray();
        switch (change)
        {
            case "remove vocabulary": json.Remove("vocabulary"); break;
            case "version 2": json["version"] = 2; break;
            case "eos 5": json["specials"]!["eos"] = 5; break;
            case "duplicate language": json["languages"] = new JsonArray("de", "de"); break;
            case "edit piece": vocabulary[^1] = "\u2581tampered"; break;
            case "forward merge": merges[0] = new JsonArray(vocabulary.Count - 1, 300); break;
            case "drop merge": merges.RemoveAt(merges.Count - 1); break;
            case "number piece": vocabulary[10] = 10; break;
        }

        var path = Path.Combine(_directory, "broken.json");
        Directory.CreateDirectory(_directory);
        File.WriteAllText(path, json.ToJsonString());
        var error = Assert.Throws<TokenizerFormatException>(() => BpeTokenizer.Load(path));

        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
