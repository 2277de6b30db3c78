using SegmentationKit.IO;
using SegmentationKit.Synthetic;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Synthetic;

/// <summary>Writes a synthetic base to a fresh temporary folder and reads the files back.</summary>
internal static class SyntheticFiles
{
    public static string Write(SyntheticOptions options)
    {
        var destination = Path.Combine(RepoPaths.NewTempFolder("segkit-synthetic"), "base");
        using var output = new OutputFolder(destination);
        SyntheticBase.WriteCsv(options, output);
        output.Commit();
        return destination;
    }

    public static byte[] Bytes(string folder, string file) => File.ReadAllBytes(Path.Combine(folder, file));

    /// <summary>Rows of a generated CSV as cell arrays (the generator never quotes: no value holds a comma).</summary>
    public static (string[] Header, string[][] Rows) Read(string folder, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, file));
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',')).ToArray());
    }
}
