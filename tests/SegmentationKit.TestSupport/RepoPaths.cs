namespace SegmentationKit.TestSupport;

/// <summary>Locates the repository (the folder holding SegmentationKit.sln) from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>A fresh empty folder under the system temp folder, unique per call.</summary>
    public static string NewTempFolder(string prefix = "segkit-test")
    {
        var dir = Path.Combine(Path.GetTempPath(), $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SegmentationKit.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("SegmentationKit.sln not found above " + AppContext.BaseDirectory);
    }
}
