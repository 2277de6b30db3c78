using SegmentationKit.Segmenters.Clusters;

namespace SegmentationKit.Sql;

/// <summary>k-means in SQL: the preprocessed features, the squared distance to every centre summed
/// in column order (as the kit sums it, so the doubles are the same), and the nearest centre with
/// ties to the lower cluster, as <see cref="Clustering.KMeansModel.Predict"/>.</summary>
public sealed class KMeansSql : IModelSqlTranslator
{
    public bool CanTranslate(ISegmentationModel model) => model is ClusterSegmentationModel { Method: "kmeans" };

    public string Query(ISegmentationModel model, SqlContext c)
    {
        var m = (ClusterSegmentationModel)model;
        var kmeans = m.KMeans!;
        var features = FeatureSql.Query(m.Pipeline, c, out var d);
        var k = kmeans.Clusters;
        var distances = Enumerable.Range(0, k).Select(cluster =>
        {
            var centre = kmeans.Centre(cluster).ToArray();
            var terms = Enumerable.Range(0, d).Select(j =>
            {
                var diff = $"({c.Id(FeatureSql.Name(j))} - {c.Number(centre[j])})";
                return $"{diff} * {diff}";
            });
            return $"  {string.Join(" + ", terms)} AS {c.Id(Distance(cluster))}";
        });
        var scored = $"SELECT {c.CustomerId},\n{string.Join(",\n", distances)}\nFROM (\n{features}{c.Fence}\n) AS {c.Id("features")}";
        var ids = m.Segments.Select(s => s.Id).ToArray();
        return $"SELECT {c.CustomerId},\n  {ArgExtreme.Choose(k, j => c.Id(Distance(j)), "<=", j => c.Text(ids[j]))} AS {c.Id("segment_id")}\nFROM (\n{scored}{c.Fence}\n) AS {c.Id("distances")}";
    }

    private static string Distance(int cluster) => $"d{cluster}";
}
