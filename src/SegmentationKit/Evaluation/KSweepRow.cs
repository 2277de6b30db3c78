namespace SegmentationKit.Evaluation;

/// <summary>Every metric of the k-means fit at one k. NaN where a metric is undefined or skipped.</summary>
/// <param name="Inertia">Sum of squared distances to the centres (squared units of the matrix).</param>
/// <param name="InertiaDrop">Share 0–1 of the previous k's inertia removed by this k; NaN for the first k.</param>
/// <param name="Silhouette">Mean silhouette (−1…1, higher is better; sampled above the sample size).</param>
/// <param name="DaviesBouldin">Davies–Bouldin index (≥ 0, lower is better).</param>
/// <param name="CalinskiHarabasz">Calinski–Harabasz index (higher is better).</param>
/// <param name="Bic">k-means BIC (<see cref="KMeansBic"/>, lower is better).</param>
/// <param name="Stability">Bootstrap stability, mean ARI 0–1 (<see cref="ClusterStability"/>).</param>
/// <param name="SmallestCluster">Rows in the smallest cluster.</param>
public sealed record KSweepRow(
    int K,
    double Inertia,
    double InertiaDrop,
    double Silhouette,
    double DaviesBouldin,
    double CalinskiHarabasz,
    double Bic,
    double Stability,
    int SmallestCluster,
    int Iterations,
    bool Converged);
