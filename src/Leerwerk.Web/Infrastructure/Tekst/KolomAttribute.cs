namespace Leerwerk.Web.Infrastructure.Tekst;

/// <summary>
/// Names the entity (on a form's input class: every property with the same name as one of the entity's) or the entity
/// and property (on one property) a form field is stored in. Nothing reads it at run time: the test that keeps the form's
/// <c>[StringLength]</c> equal to the column's length in both databases finds the column with it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Property, AllowMultiple = true)]
public sealed class KolomAttribute(Type entiteit, string? eigenschap = null) : Attribute
{
    public Type Entiteit { get; } = entiteit;

    /// <summary>The entity's property; null on a class: the property of the same name.</summary>
    public string? Eigenschap { get; } = eigenschap;
}
