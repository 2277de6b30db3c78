using System.Text;

namespace SegmentationKit.Segmenters;

/// <summary>Turns segment names into stable machine ids ("Can't Lose Them" → "cant_lose_them").</summary>
public static class SegmentIds
{
    public static string FromName(string name)
    {
        var sb = new StringBuilder(name.Length);
        var pendingSeparator = false;
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(ch) && ch < 128)
            {
                if (pendingSeparator && sb.Length > 0) sb.Append('_');
                sb.Append(char.ToLowerInvariant(ch));
                pendingSeparator = false;
            }
            else if (ch is '\'' or '’' || System.Globalization.CharUnicodeInfo.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                // apostrophes and accents vanish without splitting the word: "Can't" → "cant", "é" → "e"
            }
            else
            {
                pendingSeparator = true;
            }
        }
        return sb.Length == 0 ? "segment" : sb.ToString();
    }
}
