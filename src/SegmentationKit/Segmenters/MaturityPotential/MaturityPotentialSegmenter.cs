namespace SegmentationKit.Segmenters.MaturityPotential;

/// <summary>The customer-success "development" segmentation: a maturity score and a potential
/// score (each 0–1, weighted criteria), low/medium/high on each axis, and a coverage table that
/// maps the cells (optionally crossed with plan and industry) to segments with a coverage
/// recommendation. Nothing is learnt: <see cref="Fit"/> checks the columns and returns the model.</summary>
public sealed class MaturityPotentialSegmenter : ISegmenter<MaturityPotentialModel>
{
    public MaturityPotentialSegmenter(MaturityPotentialOptions? options = null)
    {
        Options = options ?? new MaturityPotentialOptions();
        Options.Validate();
    }

    public MaturityPotentialOptions Options { get; }

    public MaturityPotentialModel Fit(SegmentationData data)
    {
        var model = new MaturityPotentialModel(Options);
        model.CheckColumns(data.Customers);
        return model;
    }
}
