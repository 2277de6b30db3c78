namespace SegmentationKit.Sql;

/// <summary>Turns one type of fitted model into a SQL query. Register new ones with
/// <see cref="ModelSqlTranslators.Register"/>; <see cref="SegmentSql"/> picks the first that
/// accepts the model.</summary>
public interface IModelSqlTranslator
{
    bool CanTranslate(ISegmentationModel model);

    /// <summary>A query (no trailing semicolon) with two columns, customer_id and segment_id (text),
    /// one row per row of the customers table, giving each customer the segment the model's
    /// <see cref="ISegmentationModel.Assign"/> gives it.</summary>
    string Query(ISegmentationModel model, SqlContext context);
}
