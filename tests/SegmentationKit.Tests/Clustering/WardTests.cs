using SegmentationKit.TestSupport;
using SegmentationKit.Clustering;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

public class WardTests
{
    [Fact]
    public void Merge_heights_on_three_points_match_the_hand_worked_ward_distances()
    {
        // 0 and 1 merge at √(2·1·1/2)·1 = 1; then {0, 1} (centroid 0.5, 2 rows) and 5 merge at
        // √(2·2·1/3)·4.5 = 5.196152422706632 — SciPy's linkage(method="ward") gives the same rows.
        var tree = new Ward(new WardOptions()).BuildTree(FeatureMatrix.FromRows([[0.0], [1.0], [5.0]]));

        tree.Left.Should().Equal(0, 2);
        tree.Right.Should().Equal(1, 3);
        tree.Heights[0].Should().BeApproximately(1, 1e-15);
        tree.Heights[1].Should().BeApproximately(Math.Sqrt(4.0 / 3) * 4.5, 1e-14);
        tree.Counts.Should().Equal(2, 3);
    }

    [Fact]
    public void Two_pairs_merge_first_and_the_cut_inertia_is_the_sum_of_half_squared_heights()
    {
        var x = FeatureMatrix.FromRows([[0.0, 0.0], [0.0, 1.0], [4.0, 0.0], [4.0, 2.0]]);
        var model = new Ward(new WardOptions { Clusters = 2 }).Fit(x);

        model.Tree.Left.Should().Equal(0, 2, 4);
        model.Tree.Right.Should().Equal(1, 3, 5);
        model.Tree.Heights[2].Should().BeApproximately(Math.Sqrt(32.5), 1e-13); // √(2·2·2/4)·‖(4, 0.5)‖
        model.Labels.Should().Equal(0, 0, 1, 1);
        model.Inertia.Should().BeApproximately(0.5 + 2, 1e-14);
        model.Centroids.Should().Equal(0, 0.5, 4, 1);
    }

    [Fact]
    public void Nearest_neighbour_chain_gives_the_same_tree_as_greedy_merging()
    {
        var random = new Random(11);
        var rows = Enumerable.Range(0, 40).Select(_ => new[] { random.NextDouble() * 10, random.NextDouble() * 10, random.NextDouble() }).ToArray();
        var tree = new Ward(new WardOptions()).BuildTree(FeatureMatrix.FromRows(rows));

        tree.Heights.Should().Equal(GreedyWardHeights(rows), (a, b) => Math.Abs(a - b) < 1e-9);
        tree.Counts[^1].Should().Be(40);
    }

    [Fact]
    public void Cutting_well_separated_groups_recovers_them()
    {
        var random = new Random(5);
        double[][] centres = [[0, 0], [20, 0], [0, 20]];
        var rows = Enumerable.Range(0, 150).Select(i => centres[i / 50].Select(c => c + random.NextDouble() * 2 - 1).ToArray()).ToArray();
        var model = new Ward(new WardOptions { Clusters = 3 }).Fit(FeatureMatrix.FromRows(rows));

        model.Labels.Should().Equal(Enumerable.Range(0, 150).Select(i => i / 50));
        model.Predict(FeatureMatrix.FromRows([[19.0, 1.0], [0.5, 18.0]])).Should().Equal(1, 2);
    }

    [Fact]
    public void Inertia_of_the_cut_equals_the_within_cluster_sum_of_squares_of_its_labels()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var model = new Ward(new WardOptions { Clusters = 5 }).Fit(x);

        var direct = 0.0;
        for (var i = 0; i < x.Rows; i++)
            direct += SquaredDistance(x.Row(i).ToArray(), model.Centroids.AsSpan(model.Labels[i] * 4, 4).ToArray());
        model.Inertia.Should().BeApproximately(direct, 1e-8 * direct);
        // Ward is greedy: a little above scikit-learn's best-of-10 k-means inertia, within 10 %.
        var kmeans = ClusteringReference.Value("blobs_overlap.kmeans_k5_best_of_10.inertia");
        model.Inertia.Should().BeInRange(kmeans * (1 - 1e-12), kmeans * 1.1);
        WardModel.FromJson(model.ToJson()).Labels.Should().Equal(model.Labels);
    }

    [Fact]
    public void The_parallel_scan_builds_the_same_tree_as_the_sequential_one()
    {
        // 6,000 rows: above the size where the nearest-cluster scan is split across threads.
        var random = new Random(21);
        var rows = Enumerable.Range(0, 6000).Select(_ => new[] { random.Next(0, 50) * 1.0, random.Next(0, 50) * 1.0 }).ToArray();
        var x = FeatureMatrix.FromRows(rows);

        var parallel = new Ward(new WardOptions()).BuildTree(x, parallel: true);
        var sequential = new Ward(new WardOptions()).BuildTree(x, parallel: false);

        parallel.Left.Should().Equal(sequential.Left);
        parallel.Right.Should().Equal(sequential.Right);
        parallel.Heights.Should().Equal(sequential.Heights);
    }

    [Fact]
    public void More_rows_than_the_limit_is_a_clear_error()
    {
        var x = new FeatureMatrix(new double[21], 21, 1);

        var act = () => new Ward(new WardOptions { MaxRows = 20 }).BuildTree(x);

        act.Should().Throw<ModelException>().WithMessage("*limited to 20 rows*the data has 21*");
    }

    [Fact]
    public void Identical_rows_cut_into_more_clusters_than_distinct_values_are_reported()
    {
        var x = FeatureMatrix.FromRows([[1.0], [1.0], [1.0], [3.0]]);
        var model = new Ward(new WardOptions { Clusters = 3 }).Fit(x);

        model.Diagnostics.Should().ContainSingle().Which.Should().Contain("fewer than 3 distinct rows");
        model.Labels.Distinct().Should().HaveCount(3);
    }

    [Fact]
    public void A_single_row_is_a_clear_error_and_more_clusters_than_rows_too()
    {
        var single = () => new Ward(new WardOptions { Clusters = 1 }).Fit(FeatureMatrix.FromRows([[1.0]]));
        single.Should().Throw<ModelException>().WithMessage("*at least 2 rows*has 1*");

        var tooMany = () => new Ward(new WardOptions { Clusters = 4 }).Fit(FeatureMatrix.FromRows([[1.0], [2.0], [3.0]]));
        tooMany.Should().Throw<ModelException>().WithMessage("*4 clusters needs at least 4 rows*has 3*");
    }

    private static double SquaredDistance(double[] a, double[] b) => a.Zip(b, (p, q) => (p - q) * (p - q)).Sum();

    private static double[] GreedyWardHeights(double[][] rows)
    {
        var clusters = rows.Select(r => (Centroid: r, Size: 1)).ToList();
        var heights = new List<double>();
        while (clusters.Count > 1)
        {
            var (bi, bj, best) = (0, 1, double.PositiveInfinity);
            for (var i = 0; i < clusters.Count; i++)
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var (a, b) = (clusters[i], clusters[j]);
                    var cost = 2.0 * a.Size * b.Size / (a.Size + b.Size) * SquaredDistance(a.Centroid, b.Centroid);
                    if (cost < best) (bi, bj, best) = (i, j, cost);
                }
            heights.Add(Math.Sqrt(best));
            var (ci, cj) = (clusters[bi], clusters[bj]);
            var merged = ci.Centroid.Zip(cj.Centroid, (p, q) => (p * ci.Size + q * cj.Size) / (ci.Size + cj.Size)).ToArray();
            clusters.RemoveAt(bj);
            clusters[bi] = (merged, ci.Size + cj.Size);
        }
        return heights.Order().ToArray();
    }
}
