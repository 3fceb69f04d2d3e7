namespace Leerwerk.Data.Demo;

/// <summary>A demo account as the login page shows it.</summary>
public sealed record DemoLogin(string Role, string UserName, string Password);
