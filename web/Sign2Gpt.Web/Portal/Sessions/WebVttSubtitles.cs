using System.Globalization;
using System.Text;
using Sign2Gpt.Contracts.Sessions;

namespace Sign2Gpt.Web.Portal.Sessions;

/// <summary>A translation as WebVTT: the sentence as one cue over the whole video.</summary>
public static class WebVttSubtitles
{
    public static string Write(Translation translation)
    {
        var text = new StringBuilder("WEBVTT\n\n");
        text.Append("NOTE Sign2GPT translation (").Append(translation.Language).Append(", adapter ").Append(translation.Adapter ?? "base").Append(")\n\n");
        if (translation.Text.Trim().Length > 0)
        {
            text.Append("1\n").Append(Time(0)).Append(" --> ").Append(Time(Math.Max(translation.VideoSeconds, 0.001))).Append('\n');
            // A blank line or "-->" inside a cue would end or break it.
            text.Append(translation.Text.Replace("-->", "->", StringComparison.Ordinal).ReplaceLineEndings(" ").Trim()).Append('\n');
        }

        return text.ToString();
    }

    private static string Time(double seconds)
    {
        var time = TimeSpan.FromSeconds(seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalHours:00}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}");
    }
}
