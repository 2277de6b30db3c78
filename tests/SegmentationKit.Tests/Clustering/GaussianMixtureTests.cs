using SegmentationKit.TestSupport;
using SegmentationKit.Clustering;
using SegmentationKit.Errors;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;

namespace SegmentationKit.Tests.Clustering;

public class GaussianMixtureTests
{
    [Fact]
    public void Bic_and_aic_of_given_parameters_match_the_hand_worked_values()
    {
        // One component N(1, 1) on the points 0 and 2: log L = 2 · (−½ ln 2π − ½) = −ln 2π − 1;
        // parameters: 1 mean + 1 variance + 0 free weights = 2.
        var x = FeatureMatrix.FromRows([[0.0], [2.0]]);
        var model = GaussianMixtureModel.FromParameters(CovarianceType.Full, ["x"], [1.0], [1.0], [1.0]);

        model.Score(x).Should().BeApproximately(-0.5 * Math.Log(2 * Math.PI) - 0.5, 1e-15);
        model.BicOn(x).Should().BeApproximately(2 * Math.Log(2 * Math.PI) + 2 + 2 * Math.Log(2), 1e-13);
        model.AicOn(x).Should().BeApproximately(2 * Math.Log(2 * Math.PI) + 2 + 4, 1e-13);
    }

    [Fact]
    public void Log_likelihood_of_a_two_component_full_mixture_matches_the_hand_worked_density()
    {
        // Components: weight 0.25 at (0, 0) with covariance [[2, 1], [1, 2]]; weight 0.75 at (3, 0) with identity.
        // At (1, 1): Mahalanobis² under the first = [1 1]·(1/3)[[2,−1],[−1,2]]·[1 1]ᵀ = 2/3, det = 3;
        // under the second = 4 + 1 = 5, det = 1.
        var model = GaussianMixtureModel.FromParameters(CovarianceType.Full, ["a", "b"], [0.25, 0.75], [0, 0, 3, 0], [2, 1, 1, 2, 1, 0, 0, 1]);
        var p1 = 0.25 * Math.Exp(-1.0 / 3) / (2 * Math.PI * Math.Sqrt(3));
        var p2 = 0.75 * Math.Exp(-2.5) / (2 * Math.PI);
        var x = FeatureMatrix.FromRows([[1.0, 1.0]]);

        model.Score(x).Should().BeApproximately(Math.Log(p1 + p2), 1e-13);
        model.Probabilities(x)[0].Should().BeApproximately(p1 / (p1 + p2), 1e-13);
    }

    [Fact]
    public void Parameter_count_follows_scikit_learn()
    {
        GaussianMixtureModel.CountParameters(2, 2, CovarianceType.Full).Should().Be(11);     // 2·3 + 4 + 1
        GaussianMixtureModel.CountParameters(2, 2, CovarianceType.Diagonal).Should().Be(9);  // 4 + 4 + 1
        GaussianMixtureModel.CountParameters(5, 4, CovarianceType.Full).Should().Be(74);     // 50 + 20 + 4
    }

    [Fact]
    public void One_component_fit_is_the_sample_mean_and_population_variance_plus_reg_covar()
    {
        var x = FeatureMatrix.FromRows([[0.0], [2.0]]);
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 1 }).Fit(x);

        model.Means[0].Should().BeApproximately(1, 1e-12);
        model.Covariances[0].Should().BeApproximately(1 + 1e-6, 1e-12);
        model.MeanLogLikelihood.Should().BeApproximately(-0.5 * Math.Log(2 * Math.PI * (1 + 1e-6)) - 0.5 / (1 + 1e-6), 1e-12);
        model.Converged.Should().BeTrue();
        model.Iterations.Should().Be(2);
    }

    [Theory]
    [InlineData(CovarianceType.Full)]
    [InlineData(CovarianceType.Diagonal)]
    public void Fit_on_scikit_learns_overlapping_blobs_is_no_worse_than_scikit_learns(CovarianceType type)
    {
        // Reference: clustering-reference.json, blobs_overlap.gmm_full_k5 (scikit-learn 1.2.1).
        var reference = ClusteringReference.Values("blobs_overlap.gmm_full_k5");
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 5, Covariance = type, Restarts = 5, Seed = 7 }).Fit(x);

        model.Converged.Should().BeTrue();
        if (type == CovarianceType.Full)
        {
            model.MeanLogLikelihood.Should().BeGreaterThan(reference["mean_log_likelihood"] - 1e-6);
            model.Bic.Should().BeLessThan(reference["bic"] + 1e-2);
            model.Aic.Should().BeLessThan(reference["aic"] + 1e-2);
            // BIC − AIC = p (ln n − 2) with p = 74 parameters, n = 1,500 rows.
            (model.Bic - model.Aic).Should().BeApproximately(74 * (Math.Log(1500) - 2), 1e-6);
        }
        else
        {
            // Diagonal covariances can only fit worse than full ones, but must not be far off on these round blobs.
            model.MeanLogLikelihood.Should().BeInRange(-10.80, reference["mean_log_likelihood"] + 1e-6);
        }
    }

    [Fact]
    public void Labels_on_the_overlapping_blobs_agree_with_scikit_learns_mixture()
    {
        // blobs_overlap_labels.csv "gmm" column: scikit-learn 1.2.1's GaussianMixture(5, full, k-means start)
        // labels; their ARI against the truth is gmm_full_k5.ari_vs_truth in clustering-reference.json.
        var (x, truth) = ClusteringFixtures.BlobsOverlap();
        var sklearn = ClusteringFixtures.BlobsOverlapLabels("gmm");
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 5, Restarts = 5, Seed = 7 }).Fit(x);

        Ari(model.Labels, sklearn).Should().BeGreaterThan(0.95);
        Ari(model.Labels, truth).Should().BeApproximately(ClusteringReference.Value("blobs_overlap.gmm_full_k5.ari_vs_truth"), 0.01);
    }

    [Fact]
    public void Started_from_scikit_learns_kmeans_labels_the_fit_reproduces_scikit_learns_mixture()
    {
        // Same start as scikit-learn (a k-means partition; here the fixture's k-means labels), same
        // tolerance 1e-3 on the mean log-likelihood: EM stops at the same place, to within rounding of
        // where the tolerance cuts off. (With a much tighter tolerance both drift on to a higher likelihood.)
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 5 }).Fit(x, ClusteringFixtures.BlobsOverlapLabels("kmeans"));

        var reference = ClusteringReference.Values("blobs_overlap.gmm_full_k5");
        model.MeanLogLikelihood.Should().BeApproximately(reference["mean_log_likelihood"], 1e-4);
        model.Bic.Should().BeApproximately(reference["bic"], 0.3);
        model.Aic.Should().BeApproximately(reference["aic"], 0.3);
        Ari(model.Labels, ClusteringFixtures.BlobsOverlapLabels("gmm")).Should().BeGreaterThan(0.99);
    }

    private static double Ari(int[] a, int[] b) =>
        PartitionAgreement.AdjustedRandIndex(PartitionAgreement.Contingency(a, a.Max() + 1, b, b.Max() + 1));

    [Fact]
    public void Same_seed_gives_the_identical_fit_and_json_round_trips_it()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var options = new GaussianMixtureOptions { Components = 5, Restarts = 2, Seed = 3 };
        var a = new GaussianMixture(options).Fit(x);
        var b = new GaussianMixture(options).Fit(x);

        b.Means.Should().Equal(a.Means);
        b.Labels.Should().Equal(a.Labels);
        var back = GaussianMixtureModel.FromJson(a.ToJson());
        back.Bic.Should().Be(a.Bic);
        back.Predict(x).Should().Equal(a.Labels);
        back.Probabilities(x).Should().Equal(a.Probabilities(x));
    }

    [Fact]
    public void One_thread_and_every_core_give_bit_identical_fits()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var one = new GaussianMixture(new GaussianMixtureOptions { Components = 5, Seed = 4, MaxDegreeOfParallelism = 1 }).Fit(x);
        var all = new GaussianMixture(new GaussianMixtureOptions { Components = 5, Seed = 4 }).Fit(x);

        all.Covariances.Should().Equal(one.Covariances);
        all.MeanLogLikelihood.Should().Be(one.MeanLogLikelihood);
    }

    [Fact]
    public void A_fit_stopped_by_max_iterations_says_it_did_not_converge()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 5, MaxIterations = 1, Init = GaussianMixtureInit.KMeansPlusPlus }).Fit(x);

        model.Converged.Should().BeFalse();
        model.Iterations.Should().Be(1);
        model.Diagnostics.Should().ContainSingle().Which.Should().Contain("did not converge in 1 iterations");
    }

    [Fact]
    public void A_single_row_or_identical_rows_are_clear_errors()
    {
        var single = () => new GaussianMixture(new GaussianMixtureOptions { Components = 1 }).Fit(FeatureMatrix.FromRows([[1.0, 2.0]]));
        single.Should().Throw<ModelException>().WithMessage("*at least 2 rows*has 1*");

        var identical = () => new GaussianMixture(new GaussianMixtureOptions { Components = 2 })
            .Fit(FeatureMatrix.FromRows([[1.0, 2.0], [1.0, 2.0], [1.0, 2.0]]));
        identical.Should().Throw<ModelException>().WithMessage("*2 distinct rows*only 1*");
    }

    [Fact]
    public void Soft_memberships_sum_to_one_per_row()
    {
        var (x, _) = ClusteringFixtures.BlobsOverlap();
        var model = new GaussianMixture(new GaussianMixtureOptions { Components = 5, Seed = 1 }).Fit(x);
        var p = model.Probabilities(x);

        for (var i = 0; i < x.Rows; i++) p.AsSpan(i * 5, 5).ToArray().Sum().Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void More_components_than_distinct_rows_is_a_clear_error()
    {
        var x = FeatureMatrix.FromRows([[1.0, 2.0], [1.0, 2.0], [3.0, 4.0]]);

        var act = () => new GaussianMixture(new GaussianMixtureOptions { Components = 3 }).Fit(x);

        act.Should().Throw<ModelException>().WithMessage("*3 distinct rows*only 2*");
    }

    [Fact]
    public void A_missing_value_is_an_error_naming_row_and_column()
    {
        var x = FeatureMatrix.FromRows([[1.0, 2.0], [1.0, double.NaN], [3.0, 4.0]], ["arr", "seats"]);

        var act = () => new GaussianMixture(new GaussianMixtureOptions { Components = 2 }).Fit(x);

        var e = act.Should().Throw<DataValidationException>().Which;
        e.Column.Should().Be("seats");
        e.Line.Should().Be(3);
    }

    [Fact]
    public void Components_below_one_is_refused_naming_the_option()
    {
        var act = () => new GaussianMixtureOptions { Components = 0 };
        act.Should().Throw<ConfigurationException>().Which.KeyPath.Should().Be("components");
    }
}
