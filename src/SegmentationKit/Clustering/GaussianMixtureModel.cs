using System.Text.Json;
using System.Text.Json.Serialization;
using SegmentationKit.Errors;
using SegmentationKit.Features;

namespace SegmentationKit.Clustering;

/// <summary>A fitted Gaussian mixture: weights, means and covariances of k components, the fit's
/// log-likelihood, BIC and AIC (scikit-learn's definitions), and soft membership probabilities for
/// any rows. Immutable and JSON-serialisable.</summary>
public sealed class GaussianMixtureModel
{
    private readonly GaussianComponents _components;

    /// <param name="covariances">Full: k × d × d row-major; diagonal: k × d variances.</param>
    [JsonConstructor]
    public GaussianMixtureModel(CovarianceType covarianceType, IReadOnlyList<string> columnNames, double[] weights, double[] means,
        double[] covariances, double meanLogLikelihood, int rowCount, int iterations, bool converged, int[] labels, IReadOnlyList<string> diagnostics)
    {
        var d = columnNames.Count;
        var k = weights.Length;
        if (means.Length != k * d || covariances.Length != k * (covarianceType == CovarianceType.Full ? d * d : d))
            throw new ModelException($"mixture parameters do not match {k} components in {d} dimensions", "save the model again with the kit (ToJson)");
        CovarianceType = covarianceType;
        ColumnNames = columnNames.ToArray();
        Weights = weights;
        Means = means;
        Covariances = covariances;
        MeanLogLikelihood = meanLogLikelihood;
        RowCount = rowCount;
        Iterations = iterations;
        Converged = converged;
        Labels = labels;
        Diagnostics = diagnostics.ToArray();
        _components = new GaussianComponents(covarianceType, d, weights, means, covariances);
    }

    /// <summary>A model from given parameters (no fit), e.g. to score data under a known mixture.</summary>
    public static GaussianMixtureModel FromParameters(CovarianceType covarianceType, IReadOnlyList<string> columnNames,
        double[] weights, double[] means, double[] covariances) =>
        new(covarianceType, columnNames, weights, means, covariances, double.NaN, 0, 0, false, [], []);

    /// <summary>The precomputed log-densities (precision factors, log-determinants, log-weights),
    /// for code that must reproduce <see cref="Probabilities"/> bit for bit (the SQL compiler).</summary>
    internal GaussianComponents Fitted => _components;
    public CovarianceType CovarianceType { get; }
    public IReadOnlyList<string> ColumnNames { get; }
    public int Components => Weights.Length;
    /// <summary>Mixing weights, shares 0–1 summing to 1.</summary>
    public double[] Weights { get; }
    /// <summary>Component means, k × d row-major.</summary>
    public double[] Means { get; }
    /// <summary>Full: k × d × d row-major covariance matrices; diagonal: k × d variances (reg_covar included).</summary>
    public double[] Covariances { get; }
    /// <summary>Mean log-likelihood per training row under the final parameters (nats); scikit-learn's <c>score(X)</c>.</summary>
    public double MeanLogLikelihood { get; }
    /// <summary>Number of training rows.</summary>
    public int RowCount { get; }
    public int Iterations { get; }
    public bool Converged { get; }
    /// <summary>Most likely component of each training row.</summary>
    public int[] Labels { get; }
    public IReadOnlyList<string> Diagnostics { get; }

    /// <summary>Total log-likelihood of the training rows (nats).</summary>
    [JsonIgnore] public double LogLikelihood => MeanLogLikelihood * RowCount;

    /// <summary>Free parameters, as scikit-learn's <c>_n_parameters</c>: k·d means, k − 1 weights, and
    /// k·d(d+1)/2 (full) or k·d (diagonal) covariance terms.</summary>
    [JsonIgnore] public int ParameterCount => CountParameters(Components, ColumnNames.Count, CovarianceType);

    /// <summary>Bayesian information criterion on the training rows: −2 log L + p ln n (lower is better).</summary>
    [JsonIgnore] public double Bic => -2 * LogLikelihood + ParameterCount * Math.Log(RowCount);

    /// <summary>Akaike information criterion on the training rows: −2 log L + 2p (lower is better).</summary>
    [JsonIgnore] public double Aic => -2 * LogLikelihood + 2 * ParameterCount;

    public static int CountParameters(int components, int dimensions, CovarianceType type)
    {
        var covariance = type == CovarianceType.Full ? components * dimensions * (dimensions + 1) / 2 : components * dimensions;
        return covariance + components * dimensions + components - 1;
    }

    /// <summary>Mean log-likelihood per row of <paramref name="x"/> (nats).</summary>
    public double Score(FeatureMatrix x) => Evaluate(x, null);

    /// <summary>BIC of the model on <paramref name="x"/>: −2 · n · Score(x) + p ln n.</summary>
    public double BicOn(FeatureMatrix x) => -2 * Score(x) * x.Rows + ParameterCount * Math.Log(x.Rows);

    /// <summary>AIC of the model on <paramref name="x"/>: −2 · n · Score(x) + 2p.</summary>
    public double AicOn(FeatureMatrix x) => -2 * Score(x) * x.Rows + 2 * ParameterCount;

    /// <summary>Soft membership: the probability (0–1) of each component for each row, n × k row-major.</summary>
    public double[] Probabilities(FeatureMatrix x)
    {
        var resp = new double[x.Rows * Components];
        Evaluate(x, resp);
        return resp;
    }

    /// <summary>Most likely component of each row (ties go to the lower component).</summary>
    public int[] Predict(FeatureMatrix x)
    {
        var resp = Probabilities(x);
        var k = Components;
        var labels = new int[x.Rows];
        for (var i = 0; i < labels.Length; i++) labels[i] = ExpectationMaximisation.ArgMax(resp.AsSpan(i * k, k));
        return labels;
    }

    public string ToJson() => JsonSerializer.Serialize(this, SegmentationJson.Options);

    public static GaussianMixtureModel FromJson(string json) =>
        JsonSerializer.Deserialize<GaussianMixtureModel>(json, SegmentationJson.Options) ?? throw new JsonException("empty mixture JSON");

    private double Evaluate(FeatureMatrix x, double[]? resp)
    {
        if (x.Columns != ColumnNames.Count)
            throw new ModelException($"the mixture was fitted on {ColumnNames.Count} columns ({string.Join(", ", ColumnNames)}) but the data has {x.Columns}");
        MatrixChecks.RequireFinite(x);
        int n = x.Rows, k = Components;
        var chunks = RowChunks.Count(n);
        var partial = new double[chunks];
        Parallel.For(0, chunks, chunk =>
        {
            var (start, end) = RowChunks.Range(chunk, n);
            var scratch = new double[x.Columns];
            var logp = new double[k];
            var sum = 0.0;
            for (var i = start; i < end; i++)
            {
                _components.WeightedLogDensities(x.Row(i), logp, scratch);
                sum += GaussianComponents.NormaliseInPlace(logp);
                if (resp is not null) logp.CopyTo(resp, i * k);
            }
            partial[chunk] = sum;
        });
        var total = 0.0;
        foreach (var p in partial) total += p;
        return total / n;
    }
}
