namespace Probes.Core.Evaluation;

/// <summary>How a student is scored (see the dataset's evaluation rules).</summary>
public enum StudentGroup
{
    /// <summary>The documented parent must be ranked first.</summary>
    Strong,

    /// <summary>Any snapshot of the teacher's family counts as the right parent.</summary>
    Family,

    /// <summary>No API teacher: a verdict that names any parent is a false alarm.</summary>
    Control,
}
