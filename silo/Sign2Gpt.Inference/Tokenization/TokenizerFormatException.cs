namespace Sign2Gpt.Inference.Tokenization;

/// <summary>A tokenizer file is not valid JSON or does not describe a consistent Sign2GPT BPE tokenizer.</summary>
public sealed class TokenizerFormatException : Exception
{
    public TokenizerFormatException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
