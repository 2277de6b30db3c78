using SegmentationKit.Clustering;
using SegmentationKit.Errors;

namespace SegmentationKit.Cli.NumericClustering;

/// <summary>The algorithms <c>segkit cluster --algorithm</c> knows. Adding one is a row in
/// <see cref="Table"/>: its name, a line of help, and a function that maps a <see cref="ClusterRequest"/>
/// to the library's options and its fitted model to a <see cref="ClusterFit"/>.</summary>
public static class ClusterAlgorithms
{
    private static readonly (string Name, string Help, Func<ClusterRequest, ClusterFit> Fit)[] Table =
    [
        ("lloyd", "k-means (greedy k-means++, Lloyd iterations)", r => KMeansFit(r, KMeansAlgorithm.Lloyd, "lloyd")),
        ("hamerly", "the same k-means fit as lloyd, faster: Hamerly's distance bounds skip rows that cannot change cluster", r => KMeansFit(r, KMeansAlgorithm.Hamerly, "hamerly")),
        ("minibatch", "mini-batch k-means for millions of rows (batches of 1,024; --max-iter counts passes over the data)", MiniBatch),
        ("gmm", "Gaussian mixture, full covariance (EM)", Gmm),
        ("ward", "agglomerative Ward, up to 20,000 rows", WardFit),
        ("kprototypes", "k-prototypes, needs --categorical", KPrototypesFit),
    ];

    /// <summary>Accepted names, in the order the help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = Table.Select(a => a.Name).ToArray();

    /// <summary>One line per algorithm for --help.</summary>
    public static string Help { get; } = string.Join("; ", Table.Select(a => $"{a.Name}: {a.Help}"));

    public static ClusterFit Fit(string algorithm, ClusterRequest request) =>
        Table.FirstOrDefault(a => a.Name == algorithm).Fit?.Invoke(request)
        ?? throw new ConfigurationException(null, "--algorithm", $"unknown algorithm '{algorithm}'", $"use one of {string.Join(", ", Names)}");

    private static ClusterFit KMeansFit(ClusterRequest r, KMeansAlgorithm algorithm, string name)
    {
        NoCategorical(r, name);
        var defaults = new KMeansOptions();
        var kmeans = new KMeans(new KMeansOptions
        {
            Clusters = r.Clusters,
            Restarts = r.Restarts ?? defaults.Restarts,
            MaxIterations = r.MaxIterations ?? defaults.MaxIterations,
            Tolerance = r.Tolerance ?? defaults.Tolerance,
            Seed = r.Seed,
            Algorithm = algorithm,
        });
        var model = Infrastructure.CliProgress.Run(progress => kmeans.Fit(r.Numeric, progress));
        var d = model.Diagnostics;
        return new ClusterFit(model.Labels.ToArray(), model.Centres.ToArray(), null, d.Inertia, d.Iterations, d.Converged, null, d.Warnings);
    }

    private static ClusterFit MiniBatch(ClusterRequest r)
    {
        NoCategorical(r, "minibatch");
        if (r.Restarts is > 1)
            throw new ConfigurationException(null, "--restarts", "mini-batch k-means runs one start", "leave --restarts out, or use lloyd for several starts");
        NotUsed(r.Tolerance, "--tol", "minibatch");
        var defaults = new MiniBatchKMeansOptions();
        var model = new MiniBatchKMeans(new MiniBatchKMeansOptions
        {
            Clusters = r.Clusters,
            MaxEpochs = r.MaxIterations ?? defaults.MaxEpochs,
            Seed = r.Seed,
        }).Fit(r.Numeric);
        var d = model.Diagnostics;
        return new ClusterFit(model.Labels.ToArray(), model.Centres.ToArray(), null, d.Inertia, d.Iterations, d.Converged, null, d.Warnings);
    }

    private static ClusterFit Gmm(ClusterRequest r)
    {
        NoCategorical(r, "gmm");
        var defaults = new GaussianMixtureOptions();
        var model = new GaussianMixture(new GaussianMixtureOptions
        {
            Components = r.Clusters,
            Restarts = r.Restarts ?? defaults.Restarts,
            MaxIterations = r.MaxIterations ?? defaults.MaxIterations,
            Tolerance = r.Tolerance is { } t ? (t > 0 ? t : throw new ConfigurationException(null, "--tol", $"must be > 0 for gmm; got {t}", "give a small positive number such as 1e-3, or leave --tol out")) : defaults.Tolerance,
            Seed = r.Seed,
        }).Fit(r.Numeric);
        return new ClusterFit(model.Labels, model.Means, null, null, model.Iterations, model.Converged, model.Bic, model.Diagnostics);
    }

    private static ClusterFit WardFit(ClusterRequest r)
    {
        NoCategorical(r, "ward");
        NotUsed(r.Restarts, "--restarts", "ward");
        NotUsed(r.MaxIterations, "--max-iter", "ward");
        NotUsed(r.Tolerance, "--tol", "ward");
        var model = new Ward(new WardOptions { Clusters = r.Clusters }).Fit(r.Numeric);
        return new ClusterFit(model.Labels, model.Centroids, null, model.Inertia, null, null, null, model.Diagnostics);
    }

    /// <summary>k-prototypes needs categorical columns: on an all-numeric file they are the
    /// numeric-coded columns named by --categorical. Without any it would only be k-means with random
    /// starts, so it is refused with the way out rather than run under a misleading name.</summary>
    private static ClusterFit KPrototypesFit(ClusterRequest r)
    {
        if (r.Categorical is null || r.Categorical.Columns == 0)
            throw new ConfigurationException(null, "--algorithm kprototypes",
                "k-prototypes clusters mixed numeric and categorical columns, and no column is marked categorical",
                "name the numeric-coded categorical columns with --categorical (e.g. --categorical Channel,Region), or use --algorithm lloyd for numbers only");
        NotUsed(r.Tolerance, "--tol", "kprototypes");
        var defaults = new KPrototypesOptions();
        var model = new KPrototypes(new KPrototypesOptions
        {
            Clusters = r.Clusters,
            Restarts = r.Restarts ?? defaults.Restarts,
            MaxIterations = r.MaxIterations ?? defaults.MaxIterations,
            Seed = r.Seed,
        }).Fit(r.Numeric, r.Categorical);
        var notes = model.Diagnostics.Append(FormattableString.Invariant($"k-prototypes cost {model.Cost:R} with gamma {model.Gamma:R}")).ToList();
        return new ClusterFit(model.Labels, model.NumericPrototypes, model.CategoricalPrototypes, null, model.Iterations, model.Converged, null, notes);
    }

    private static void NoCategorical(ClusterRequest r, string algorithm)
    {
        if (r.Categorical is not null)
            throw new ConfigurationException(null, "--categorical", $"only kprototypes uses categorical columns, not {algorithm}",
                "leave --categorical out, or --exclude those columns, or use --algorithm kprototypes");
    }

    private static void NotUsed<T>(T? value, string option, string algorithm) where T : struct
    {
        if (value is not null)
            throw new ConfigurationException(null, option, $"{algorithm} has no such setting", $"leave {option} out with --algorithm {algorithm}");
    }
}
