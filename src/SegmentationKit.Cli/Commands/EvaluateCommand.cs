using System.CommandLine;
using System.Text.Json;
using SegmentationKit.Cli.Infrastructure;
using SegmentationKit.Cli.NumericClustering;
using SegmentationKit.Evaluation;
using SegmentationKit.Features;

namespace SegmentationKit.Cli.Commands;

/// <summary><c>segkit evaluate --data X.csv --labels L.csv [--truth T.csv]</c>: quality metrics of a
/// given partition (from segkit cluster or any other tool) as JSON on stdout; adjusted Rand index,
/// normalised mutual information and the contingency table against a known partition with --truth.</summary>
public sealed class EvaluateCommand : ICliCommand
{
    public Command Build()
    {
        var data = new NumericDataOptions();
        var labels = new Option<FileInfo>("--labels")
        {
            Description = "Labels to evaluate: 'row,label' (rows from 0, as segkit cluster writes) or a single label column in data order",
            Required = true,
        };
        var truth = new Option<FileInfo?>("--truth") { Description = "Known partition in the same format, to compare the labels with (ARI, NMI, contingency)" };
        var scale = new Option<string>("--scale")
        {
            Description = "Scale columns before measuring distances: none, standard or robust (use what the clustering used)",
            DefaultValueFactory = _ => "none",
        };
        scale.AcceptOnlyFromAmong("none", "standard", "robust");
        var seed = new Option<int>("--seed") { Description = "Seed of the silhouette's random sample on data above 20,000 rows", DefaultValueFactory = _ => 0 };
        var command = new Command("evaluate", "Quality metrics of a partition of a numeric CSV, and its agreement with a known partition, as JSON");
        data.AddTo(command);
        command.Options.Add(labels);
        command.Options.Add(truth);
        command.Options.Add(scale);
        command.Options.Add(seed);
        command.SetAction(parseResult => CliAction.Run(parseResult, () =>
        {
            var dataPath = data.DataPath(parseResult);
            var labelsPath = parseResult.GetValue(labels)!.ToString();
            var truthPath = parseResult.GetValue(truth)?.ToString();
            var scaling = parseResult.GetValue(scale)!;
            var matrix = data.Load(parseResult);
            var method = scaling switch { "standard" => ScalingMethod.Standard, "robust" => ScalingMethod.Robust, _ => ScalingMethod.None };
            if (method != ScalingMethod.None) matrix = ColumnScaler.Fit(matrix, method).Transform(matrix);

            var labelled = LabelCodes.Encode(LabelsCsv.Read(labelsPath, matrix.Rows, dataPath));
            var quality = QualityMetrics.Compute(matrix, labelled.Codes, parseResult.GetValue(seed));
            var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in labelled.Names) sizes[name] = 0;
            foreach (var code in labelled.Codes) sizes[labelled.Names[code]]++;

            double? ari = null, nmi = null;
            ContingencyTable? table = null;
            if (truthPath is not null)
            {
                var known = LabelCodes.Encode(LabelsCsv.Read(truthPath, matrix.Rows, dataPath));
                var counts = PartitionAgreement.Contingency(labelled.Codes, labelled.Count, known.Codes, known.Count);
                ari = PartitionAgreement.AdjustedRandIndex(counts);
                nmi = PartitionAgreement.NormalizedMutualInformation(counts);
                table = new ContingencyTable(labelled.Names, known.Names,
                    Enumerable.Range(0, labelled.Count).Select(i => Enumerable.Range(0, known.Count).Select(j => counts[i, j]).ToArray()).ToArray());
            }
            var report = new EvaluationReport(dataPath, labelsPath, truthPath, matrix.Rows, matrix.ColumnNames, scaling, labelled.Count, sizes,
                quality.Inertia, quality.Silhouette, quality.SilhouetteRows, quality.SilhouetteNote, quality.DaviesBouldin, quality.CalinskiHarabasz, ari, nmi, table);
            Console.Out.WriteLine(JsonSerializer.Serialize(report, SegmentationJson.Options));
            return 0;
        }));
        return command;
    }
}
