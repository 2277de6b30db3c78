using SegmentationKit.TestSupport;

namespace SegmentationKit.Notebooks.Tests;

/// <summary>Folders the notebook tests run in.</summary>
internal static class RepoPathsForTests
{
    /// <summary>A fresh folder standing for a notebook's folder (relative #r paths start there).</summary>
    public static string NotebookFolder => RepoPaths.NewTempFolder("segkit-notebook");

    public static string TestData(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);
}
