using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>
/// One mark per rule and subject in a school. The subject is a student or a leerbedrijf, so there is no foreign key to
/// either table; a mark whose subject is gone is never shown, because no finding matches it.
/// </summary>
internal sealed class GezienBevindingConfiguration : IEntityTypeConfiguration<GezienBevinding>
{
    public void Configure(EntityTypeBuilder<GezienBevinding> builder)
    {
        builder.ToTable("GezienBevindingen");
        builder.HasOne<School>().WithMany().HasForeignKey(g => g.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.RuleId).HasMaxLength(20);
        builder.Property(g => g.Uitleg).HasMaxLength(GezienBevinding.UitlegMaxLength);
        builder.Property(g => g.GezienDoor).HasMaxLength(256);
        builder.HasIndex(g => new { g.SchoolId, g.RuleId, g.OnderwerpSoort, g.OnderwerpId }).IsUnique();
    }
}
