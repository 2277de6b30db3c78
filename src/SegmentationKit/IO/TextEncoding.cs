using System.Text;

namespace SegmentationKit.IO;

/// <summary>The character encoding a text input was read with, and why: what
/// <see cref="TextInput.Detect(string, TextEncoding?)"/> decided. <see cref="Name"/> is what a user would call it
/// ("UTF-8", "UTF-16 LE", "Windows-1252"), <see cref="Reason"/> how it was chosen, so a console
/// line and the run's manifest can say "Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)".</summary>
public sealed record TextEncoding
{
    internal TextEncoding(string name, Encoding encoding, int preambleBytes, string reason)
    {
        Name = name;
        Encoding = encoding;
        PreambleBytes = preambleBytes;
        Reason = reason;
    }

    /// <summary>"UTF-8", "UTF-16 LE", "UTF-16 BE", "UTF-32 LE", "UTF-32 BE", "Windows-1252" or the
    /// web name of an encoding given with <c>--encoding</c>.</summary>
    public string Name { get; }

    /// <summary>How it was chosen: "byte order mark", "valid UTF-8", "chosen with --encoding", or
    /// "not valid UTF-8: byte 0xE9 on line 2".</summary>
    public string Reason { get; }

    /// <summary>Decodes the bytes after the byte order mark; throws on bytes it cannot decode, so
    /// nothing ever turns into U+FFFD silently.</summary>
    public Encoding Encoding { get; }

    /// <summary>Length of the byte order mark at the start of the file (0 when there is none).</summary>
    public int PreambleBytes { get; }

    /// <summary>True for UTF-8, which the loaders read in place without transcoding.</summary>
    public bool IsUtf8 => Encoding.CodePage == 65001;

    /// <summary>True when every byte is one character and ASCII bytes are ASCII characters
    /// (Windows-1252, ISO-8859-x): numbers and separators can be read from the bytes directly.</summary>
    public bool IsSingleByteAscii => Encoding.IsSingleByte && Encoding.GetString("09,;.-+\"\n"u8) == "09,;.-+\"\n";

    /// <summary>True when the file was not read as UTF-8, the encoding every loader expects first:
    /// worth a line on the console so a wrong guess is seen.</summary>
    public bool IsWorthReporting => !IsUtf8;

    /// <summary>"Windows-1252 (not valid UTF-8: byte 0xE9 on line 2)", the form of the manifest and console.</summary>
    public override string ToString() => $"{Name} ({Reason})";
}
