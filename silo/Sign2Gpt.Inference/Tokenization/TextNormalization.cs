using System.Text;

namespace Sign2Gpt.Inference.Tokenization;

/// <summary>
/// Unicode NFC through the runtime (ICU). Lone surrogates, which <see cref="string.Normalize()"/> rejects,
/// become U+FFFD first, so any string can be tokenised.
/// </summary>
internal static class TextNormalization
{
    public static string Nfc(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)).Normalize(NormalizationForm.FormC);
        }
    }
}
