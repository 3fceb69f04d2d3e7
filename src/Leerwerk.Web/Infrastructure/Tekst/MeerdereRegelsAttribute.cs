namespace Leerwerk.Web.Infrastructure.Tekst;

/// <summary>
/// Marks a text field of a form or API model as a multi-line note (a textarea): it may hold line breaks and tabs.
/// Every other text field refuses every control character (<see cref="Leerwerk.Domain.Stuurtekens"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class MeerdereRegelsAttribute : Attribute;
