namespace SegmentationKit.Evaluation;

/// <summary>How much two segmentations of the same customers agree.</summary>
/// <param name="First">Label of the first segmentation (rows of the matrix).</param>
/// <param name="Second">Label of the second segmentation (columns of the matrix).</param>
/// <param name="AdjustedRandIndex">Hubert–Arabie adjusted Rand index: 1 identical, about 0 no more
/// agreement than chance, can be negative.</param>
/// <param name="NormalizedMutualInformation">Mutual information ÷ arithmetic mean of the two
/// entropies, 0–1 (1 = the same partition up to renaming).</param>
/// <param name="Migration">The contingency (migration) matrix.</param>
public sealed record SegmentationAgreement(
    string First,
    string Second,
    double AdjustedRandIndex,
    double NormalizedMutualInformation,
    MigrationMatrix Migration);
