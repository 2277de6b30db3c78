namespace SegmentationKit.Cli.Infrastructure;

/// <summary>One <c>segkit segment --method NAME</c>. Implementations are discovered by reflection
/// (any non-abstract class in this assembly with a public parameterless constructor), so adding a
/// method is adding one file in <c>Methods/</c>; the segment command needs no edit.</summary>
public interface ISegmentMethod
{
    /// <summary>The value of <c>--method</c>, lower case, e.g. "rfm".</summary>
    string Name { get; }

    /// <summary>One line for <c>--help</c>.</summary>
    string Description { get; }

    /// <summary>True when the method cannot run without <c>--transactions</c>.</summary>
    bool NeedsTransactions => false;

    /// <summary>True when <c>--k</c> sets its number of segments; the other methods refuse <c>--k</c>
    /// rather than ignore it.</summary>
    bool TakesSegmentCount => false;

    /// <summary>Per-customer measures written to assignments.csv after customer_id, segment_id,
    /// segment_name, in this order. Null: every measure of the result, sorted by name.</summary>
    IReadOnlyList<string>? AssignmentColumns => null;

    /// <summary>Fits the method on the loaded data and assigns every customer, in table order.</summary>
    Segmentation Run(SegmentRunContext context);

    /// <summary>Fits the method and returns the model without assigning, so <c>segkit track --frozen</c>
    /// can apply the first snapshot's model to later dates. <see cref="Run"/> must equal
    /// <c>Fit(context).Assign(context.Data)</c>. A method that cannot give its model says so.</summary>
    ISegmentationModel Fit(SegmentRunContext context) =>
        throw new Errors.ConfigurationException(null, "--frozen", $"--method {Name} cannot apply its first snapshot's model to later dates",
            "track it without --frozen (each snapshot is then fitted on its own data)");
}
