using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Leerwerk.Domain;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class StageUrenRegelConfiguration : IEntityTypeConfiguration<StageUrenRegel>
{
    public void Configure(EntityTypeBuilder<StageUrenRegel> builder)
    {
        builder.ToTable("StageUren");
        builder.Property(r => r.Hours).HasPrecision(4, 2);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(r => r.LeerlingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Leerwerkovereenkomst>().WithMany().HasForeignKey(r => r.LeerwerkovereenkomstId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StageUrenRegel>().WithMany().HasForeignKey(r => r.CorrectedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.SchoolId, r.LeerlingId, r.Date });
    }
}

internal sealed class DoorstroomRecordConfiguration : IEntityTypeConfiguration<DoorstroomRecord>
{
    public void Configure(EntityTypeBuilder<DoorstroomRecord> builder)
    {
        builder.ToTable("Doorstroom");
        builder.HasOne<Leerling>().WithMany().HasForeignKey(d => d.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Crebo).HasMaxLength(Tekstlengte.Crebo);
        builder.Property(d => d.MboInstellingName).HasMaxLength(Tekstlengte.Naam);
        builder.Property(d => d.Opleiding).HasMaxLength(Tekstlengte.Naam);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("Audit");
        builder.Property(a => a.Changes).HasMaxLength(20000);
        builder.HasIndex(a => new { a.SchoolId, a.At });
    }
}

internal sealed class UserSchoolConfiguration : IEntityTypeConfiguration<UserSchool>
{
    public void Configure(EntityTypeBuilder<UserSchool> builder)
    {
        builder.ToTable("GebruikerScholen");
        builder.HasKey(u => new { u.UserId, u.SchoolId });
        builder.HasOne<LeerwerkUser>().WithMany(u => u.Schools).HasForeignKey(u => u.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<School>().WithMany().HasForeignKey(u => u.SchoolId).OnDelete(DeleteBehavior.Cascade);
    }
}
