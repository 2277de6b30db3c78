using System.Globalization;
using SegmentationKit.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SegmentationKit.Reports;

/// <summary>Company name, logo, accent colour and currency of the reports, from a small YAML file:
/// <code>
/// company_name: Acme SaaS
/// logo: acme.png          # PNG or JPEG, relative to the YAML file
/// accent_colour: "#0B6E4F"
/// currency: EUR           # or any symbol, e.g. "$"
/// </code></summary>
public sealed record Branding
{
    /// <summary>Shown in the header, the confidentiality line and the PDF author.</summary>
    public string CompanyName { get; init; } = "SegmentationKit";

    /// <summary>Full path of a PNG or JPEG logo drawn in the header; none by default.</summary>
    public string? LogoPath { get; init; }

    /// <summary>Accent colour as #RRGGBB.</summary>
    public string AccentColour { get; init; } = "#1F4E79";

    /// <summary>Currency symbol the amounts are shown with.</summary>
    public string CurrencySymbol { get; init; } = "€";

    /// <summary>Reads a branding YAML file; unknown keys, a missing logo or a malformed colour are errors
    /// naming the key.</summary>
    public static Branding Load(string path)
    {
        var stream = SegmentationKit.IO.YamlInput.LoadFile(path, "--brand");
        var branding = new Branding();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return branding;
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigurationException(path, "", "the file must be a mapping of keys to values", "write key: value lines (company_name, logo, accent_colour, currency)");
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = SegmentationKit.IO.YamlInput.KeyText(keyNode, path, "");
            var value = (valueNode as YamlScalarNode)?.Value?.Trim()
                ?? throw new ConfigurationException(path, key, "expected a single value", "write key: value");
            branding = key switch
            {
                "company_name" => branding with { CompanyName = value.Length > 0 ? value : throw new ConfigurationException(path, key, "is empty", "give the company name") },
                "logo" => branding with { LogoPath = Logo(path, key, value) },
                "accent_colour" or "accent_color" => branding with { AccentColour = Colour(path, key, value) },
                "currency" => branding with { CurrencySymbol = Currency(value) },
                _ => throw new ConfigurationException(path, key, "unknown key", "use company_name, logo, accent_colour or currency"),
            };
        }
        return branding;
    }

    private static string Logo(string file, string key, string value)
    {
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".", value));
        if (!File.Exists(full)) throw new ConfigurationException(file, key, $"the logo {full} does not exist", "give a PNG or JPEG path relative to the branding file");
        var ext = Path.GetExtension(full).ToLowerInvariant();
        if (ext is not (".png" or ".jpg" or ".jpeg"))
            throw new ConfigurationException(file, key, $"'{value}' is not a PNG or JPEG file", "convert the logo to PNG or JPEG");
        CheckImage(file, key, value, full);
        return full;
    }

    /// <summary>A logo is drawn on every page: a file named .png that holds something else (a web
    /// page saved by mistake, a truncated download) must stop here, not in the PDF writer.</summary>
    private static void CheckImage(string file, string key, string value, string full)
    {
        Span<byte> head = stackalloc byte[8];
        int read;
        using (var stream = File.OpenRead(full)) read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        var png = read == 8 && head.SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var jpeg = read >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF;
        if (!png && !jpeg)
            throw new ConfigurationException(file, key, $"'{value}' is not an image (its content is neither PNG nor JPEG)",
                "export the logo again as PNG or JPEG and point 'logo:' to it");
        try
        {
            Layout.PdfSetup.EnsureInitialised();
            using var image = PdfSharp.Drawing.XImage.FromFile(full);
            if (image.PixelWidth <= 0 || image.PixelHeight <= 0) throw new InvalidDataException("the image has no pixels");
        }
        catch (Exception e) when (e is not ConfigurationException and not OutOfMemoryException)
        {
            throw new ConfigurationException(file, key, $"'{value}' cannot be read as an image ({e.Message.TrimEnd('.')})",
                "export the logo again as PNG or JPEG and point 'logo:' to it");
        }
    }

    private static string Colour(string file, string key, string value)
    {
        var hex = value.TrimStart('#');
        if (hex.Length != 6 || !int.TryParse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _))
            throw new ConfigurationException(file, key, $"'{value}' is not a colour", "write it as \"#RRGGBB\", e.g. \"#1F4E79\" (quoted)");
        return "#" + hex.ToUpperInvariant();
    }

    private static string Currency(string value) => value.ToUpperInvariant() switch
    {
        "EUR" => "€",
        "USD" => "$",
        "GBP" => "£",
        "CHF" => "CHF",
        _ => value,
    };
}
