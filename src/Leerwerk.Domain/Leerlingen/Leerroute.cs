namespace Leerwerk.Domain.Leerlingen;

/// <summary>The four routes from vmbo to mbo niveau 2 (RULES.md section R; brochure bijlage 03).</summary>
public enum Leerroute
{
    RegulierBb,
    LeerWerktraject,
    DoorlopendeLeerroute,
    GeintegreerdeLeerroute,
}
