using System.Text;
using SegmentationKit.TestSupport;

namespace SegmentationKit.Tests.Data;

/// <summary>Writes small hand-made CSV files for the loader tests.</summary>
internal static class TestCsv
{
    public static string Write(string name, string content, bool bom = false)
    {
        var path = Path.Combine(RepoPaths.NewTempFolder("segkit-csv"), name);
        File.WriteAllText(path, content, new UTF8Encoding(bom));
        return path;
    }
}
