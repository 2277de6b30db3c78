using SegmentationKit.Errors;

namespace SegmentationKit.Sql;

/// <summary>The translators <see cref="SegmentSql"/> knows, one per model type. A new method's
/// translator is one class and one <see cref="Register"/> call.</summary>
public static class ModelSqlTranslators
{
    private static readonly List<IModelSqlTranslator> Translators =
    [
        new RulesSql(),
        new RfmSql(),
        new ValueTierSql(),
        new MaturitySql(),
        new LifecycleSql(),
        new ColumnSql(),
        new CrossSql(),
        new KMeansSql(),
        new MixtureSql(),
    ];

    private static readonly Lock Gate = new();

    /// <summary>Adds a translator; it is tried before the built-in ones.</summary>
    public static void Register(IModelSqlTranslator translator)
    {
        lock (Gate) Translators.Insert(0, translator);
    }

    public static IModelSqlTranslator For(ISegmentationModel model)
    {
        lock (Gate)
            return Translators.FirstOrDefault(t => t.CanTranslate(model))
                   ?? throw new ModelException($"a {model.Method} model cannot be compiled to SQL",
                       "compile a rules, rfm, value, maturity, lifecycle, cross, kmeans or gmm run (ward and k-prototypes assign by their training rows and are not compiled)");
    }
}
