using System.Globalization;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

/// <summary>Reads the scikit-learn reference fixtures of TestData/clustering/ (scikit-learn 1.2.1, numpy 1.24.2: the project's reference fixtures)
/// (scikit-learn 1.2.1, numpy 1.24.2; see that folder's README) into TestData/clustering/.</summary>
internal static class ClusteringFixtures
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "TestData", "clustering", file);

    /// <summary>blobs_overlap.csv: 1,500 × 4 features and the planted truth.</summary>
    public static (FeatureMatrix X, int[] Truth) BlobsOverlap()
    {
        var table = ReadCsv("blobs_overlap.csv");
        var x = FeatureMatrix.FromRows(table.Rows.Select(r => r[..4]).ToArray(), table.Header[..4]);
        return (x, table.Rows.Select(r => (int)r[4]).ToArray());
    }

    /// <summary>Labels column of blobs_overlap_labels.csv: "truth", "kmeans" or "gmm".</summary>
    public static int[] BlobsOverlapLabels(string column)
    {
        var table = ReadCsv("blobs_overlap_labels.csv");
        var j = Array.IndexOf(table.Header, column);
        return table.Rows.Select(r => (int)r[j]).ToArray();
    }

    private static (string[] Header, double[][] Rows) ReadCsv(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        return (lines[0].Split(','), lines.Skip(1).Select(l => l.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToArray());
    }
}
