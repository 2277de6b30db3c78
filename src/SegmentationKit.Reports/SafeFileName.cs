using System.Globalization;
using System.Text;

namespace SegmentationKit.Reports;

/// <summary>File names that are valid on Windows, macOS and Linux whatever a segment is called: ASCII
/// letters, digits and hyphens, accents folded, at most 60 characters, prefixed with the segment's
/// position so two names that fold alike (or a name like "CON") never collide.</summary>
public static class SafeFileName
{
    /// <summary>E.g. (3, "Clients à forte valeur / EMEA") → "03-clients-a-forte-valeur-emea".</summary>
    public static string For(int position, string name)
    {
        var folded = new StringBuilder();
        foreach (var ch in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(ch);
            folded.Append(lower is >= 'a' and <= 'z' or >= '0' and <= '9' ? lower : '-');
        }
        var slug = string.Join('-', folded.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > 60) slug = slug[..60].TrimEnd('-');
        var prefix = position.ToString("00", CultureInfo.InvariantCulture);
        return slug.Length == 0 ? prefix + "-segment" : prefix + "-" + slug;
    }
}
