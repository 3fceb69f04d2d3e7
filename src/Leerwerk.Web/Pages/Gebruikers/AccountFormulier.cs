namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>The model of <c>_AccountVelden</c>: the input, the choices, and whether the account is new.</summary>
public sealed record AccountFormulier(AccountInput Input, AccountKeuzes Keuzes, bool Nieuw);
