using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Leerwerk.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    MboInstellingId = table.Column<int>(type: "integer", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    SecurityStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PhoneNumber = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Audit",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Action = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Changes = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Profielen",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Afkorting = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LwtVakcode = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Profielen", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Scholen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BevoegdGezag = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Brin = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Vestiging = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Regio = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    City = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scholen", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ClaimType = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ClaimValue = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderKey = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    UserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    RoleId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    LoginProvider = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Value = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GebruikerScholen",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SchoolId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GebruikerScholen", x => new { x.UserId, x.SchoolId });
                    table.ForeignKey(
                        name: "FK_GebruikerScholen_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GebruikerScholen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Leerbedrijven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SbbLeerbedrijfId = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Street = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    PostalCode = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    City = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leerbedrijven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leerbedrijven_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leerlingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Leerlingnummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Tussenvoegsel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    LastName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Leerweg = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    Leerjaar = table.Column<int>(type: "integer", nullable: false),
                    ClassName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    MentorName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Lo = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Kunstvakken = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leerlingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leerlingen_Profielen_ProfielCode",
                        column: x => x.ProfielCode,
                        principalTable: "Profielen",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leerlingen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MboInstellingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    BevoegdGezag = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OffersBasisberoepsopleiding = table.Column<bool>(type: "boolean", nullable: false),
                    Brin = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    City = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ContactName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ContactEmail = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MboInstellingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MboInstellingen_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Erkenningen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerbedrijfId = table.Column<int>(type: "integer", nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    IsLwt = table.Column<bool>(type: "boolean", nullable: false),
                    GrantedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    LastAssessedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawnOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Erkenningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Erkenningen_Leerbedrijven_LeerbedrijfId",
                        column: x => x.LeerbedrijfId,
                        principalTable: "Leerbedrijven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Erkenningen_Profielen_ProfielCode",
                        column: x => x.ProfielCode,
                        principalTable: "Profielen",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Kwaliteitseisen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerbedrijfId = table.Column<int>(type: "integer", nullable: false),
                    Letter = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    IsMet = table.Column<bool>(type: "boolean", nullable: false),
                    AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kwaliteitseisen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Kwaliteitseisen_Leerbedrijven_LeerbedrijfId",
                        column: x => x.LeerbedrijfId,
                        principalTable: "Leerbedrijven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Praktijkbegeleiders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerbedrijfId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Function = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    IsQualified = table.Column<bool>(type: "boolean", nullable: false),
                    Email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Praktijkbegeleiders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Praktijkbegeleiders_Leerbedrijven_LeerbedrijfId",
                        column: x => x.LeerbedrijfId,
                        principalTable: "Leerbedrijven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Doorstroom",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    DiplomaOn = table.Column<DateOnly>(type: "date", nullable: true),
                    MboInstellingName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Opleiding = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    Niveau = table.Column<int>(type: "integer", nullable: false),
                    MboLeerweg = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IsVerwant = table.Column<bool>(type: "boolean", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    StartkwalificatieOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Doorstroom", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Doorstroom_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RouteBesluiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    Route = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ConsultedStudentAndParents = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RouteBesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RouteBesluiten_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vakken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Deel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ModuleProfielCode = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Se = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: true),
                    Ce = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true),
                    CeResit = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vakken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vakken_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vertegenwoordigers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Relation = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Email = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Phone = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vertegenwoordigers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vertegenwoordigers_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Samenwerkingsovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    MboInstellingId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeGivenOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    CoversDoorlopendeLeerweg = table.Column<bool>(type: "boolean", nullable: false),
                    Toelatingscommissie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    OnderwerpenSamenwerking = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Samenwerkingsovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Samenwerkingsovereenkomsten_MboInstellingen_MboInstellingId",
                        column: x => x.MboInstellingId,
                        principalTable: "MboInstellingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Samenwerkingsovereenkomsten_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Leerwerkovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    LeerbedrijfId = table.Column<int>(type: "integer", nullable: false),
                    PraktijkbegeleiderId = table.Column<int>(type: "integer", nullable: true),
                    MentorName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    Inhoud = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Leerdoelen = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Beoordelingsmaatstaven = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Begeleiding = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    VoortijdigeBeeindiging = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    EndDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PlannedHours = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    RoosterMaandag = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    RoosterDinsdag = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    RoosterWoensdag = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    RoosterDonderdag = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    RoosterVrijdag = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndReason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReplacedById = table.Column<int>(type: "integer", nullable: true),
                    ApprovalTokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ApprovalTokenIssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ApprovalTokenRevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Leerwerkovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Leerwerkovereenkomsten_Leerbedrijven_LeerbedrijfId",
                        column: x => x.LeerbedrijfId,
                        principalTable: "Leerbedrijven",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leerwerkovereenkomsten_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leerwerkovereenkomsten_Leerwerkovereenkomsten_ReplacedById",
                        column: x => x.ReplacedById,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Leerwerkovereenkomsten_Praktijkbegeleiders_Praktijkbegeleid~",
                        column: x => x.PraktijkbegeleiderId,
                        principalTable: "Praktijkbegeleiders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Leerwerkovereenkomsten_Scholen_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Scholen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VerwanteOpleidingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    SamenwerkingsovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Crebo = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Name = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ProfielCode = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VerwanteOpleidingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VerwanteOpleidingen_Samenwerkingsovereenkomsten_Samenwerkin~",
                        column: x => x.SamenwerkingsovereenkomstId,
                        principalTable: "Samenwerkingsovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ondertekeningen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerwerkovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Partij = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ondertekeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ondertekeningen_Leerwerkovereenkomsten_Leerwerkovereenkomst~",
                        column: x => x.LeerwerkovereenkomstId,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StageUren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SchoolId = table.Column<int>(type: "integer", nullable: false),
                    LeerlingId = table.Column<int>(type: "integer", nullable: false),
                    LeerwerkovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    EnteredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReviewedBy = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CorrectedById = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StageUren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StageUren_Leerlingen_LeerlingId",
                        column: x => x.LeerlingId,
                        principalTable: "Leerlingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageUren_Leerwerkovereenkomsten_LeerwerkovereenkomstId",
                        column: x => x.LeerwerkovereenkomstId,
                        principalTable: "Leerwerkovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StageUren_StageUren_CorrectedById",
                        column: x => x.CorrectedById,
                        principalTable: "StageUren",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "Profielen",
                columns: new[] { "Code", "Afkorting", "LwtVakcode", "Name" },
                values: new object[,]
                {
                    { "BWI", "BWI", 7011, "Bouwen, wonen en interieur" },
                    { "DP", "D&P", 7911, "Dienstverlening en producten" },
                    { "EO", "E&O", 7411, "Economie en ondernemen" },
                    { "GR", "Groen", 7711, "Groen" },
                    { "HBR", "HBR", 7511, "Horeca, bakkerij en recreatie" },
                    { "MAT", "MaT", 7811, "Maritiem en techniek" },
                    { "MT", "M&T", 7211, "Mobiliteit en transport" },
                    { "MVI", "MVI", 7311, "Media, vormgeving en ict" },
                    { "PIE", "PIE", 7111, "Produceren, installeren en energie" },
                    { "ZW", "Z&W", 7611, "Zorg en welzijn" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Audit_SchoolId_At",
                table: "Audit",
                columns: new[] { "SchoolId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Doorstroom_LeerlingId",
                table: "Doorstroom",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_Erkenningen_LeerbedrijfId",
                table: "Erkenningen",
                column: "LeerbedrijfId");

            migrationBuilder.CreateIndex(
                name: "IX_Erkenningen_ProfielCode",
                table: "Erkenningen",
                column: "ProfielCode");

            migrationBuilder.CreateIndex(
                name: "IX_GebruikerScholen_SchoolId",
                table: "GebruikerScholen",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Kwaliteitseisen_LeerbedrijfId",
                table: "Kwaliteitseisen",
                column: "LeerbedrijfId");

            migrationBuilder.CreateIndex(
                name: "IX_Leerbedrijven_SchoolId_KvkNumber",
                table: "Leerbedrijven",
                columns: new[] { "SchoolId", "KvkNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leerlingen_ProfielCode",
                table: "Leerlingen",
                column: "ProfielCode");

            migrationBuilder.CreateIndex(
                name: "IX_Leerlingen_SchoolId_Leerlingnummer",
                table: "Leerlingen",
                columns: new[] { "SchoolId", "Leerlingnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_ApprovalTokenHash",
                table: "Leerwerkovereenkomsten",
                column: "ApprovalTokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_LeerbedrijfId",
                table: "Leerwerkovereenkomsten",
                column: "LeerbedrijfId");

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_LeerlingId",
                table: "Leerwerkovereenkomsten",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_PraktijkbegeleiderId",
                table: "Leerwerkovereenkomsten",
                column: "PraktijkbegeleiderId");

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_ReplacedById",
                table: "Leerwerkovereenkomsten",
                column: "ReplacedById");

            migrationBuilder.CreateIndex(
                name: "IX_Leerwerkovereenkomsten_SchoolId",
                table: "Leerwerkovereenkomsten",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_MboInstellingen_SchoolId",
                table: "MboInstellingen",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_Ondertekeningen_LeerwerkovereenkomstId",
                table: "Ondertekeningen",
                column: "LeerwerkovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_Praktijkbegeleiders_LeerbedrijfId",
                table: "Praktijkbegeleiders",
                column: "LeerbedrijfId");

            migrationBuilder.CreateIndex(
                name: "IX_RouteBesluiten_LeerlingId",
                table: "RouteBesluiten",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_Samenwerkingsovereenkomsten_MboInstellingId",
                table: "Samenwerkingsovereenkomsten",
                column: "MboInstellingId");

            migrationBuilder.CreateIndex(
                name: "IX_Samenwerkingsovereenkomsten_SchoolId",
                table: "Samenwerkingsovereenkomsten",
                column: "SchoolId");

            migrationBuilder.CreateIndex(
                name: "IX_StageUren_CorrectedById",
                table: "StageUren",
                column: "CorrectedById");

            migrationBuilder.CreateIndex(
                name: "IX_StageUren_LeerlingId",
                table: "StageUren",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_StageUren_LeerwerkovereenkomstId",
                table: "StageUren",
                column: "LeerwerkovereenkomstId");

            migrationBuilder.CreateIndex(
                name: "IX_StageUren_SchoolId_LeerlingId_Date",
                table: "StageUren",
                columns: new[] { "SchoolId", "LeerlingId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Vakken_LeerlingId",
                table: "Vakken",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_Vertegenwoordigers_LeerlingId",
                table: "Vertegenwoordigers",
                column: "LeerlingId");

            migrationBuilder.CreateIndex(
                name: "IX_VerwanteOpleidingen_SamenwerkingsovereenkomstId",
                table: "VerwanteOpleidingen",
                column: "SamenwerkingsovereenkomstId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "Audit");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Doorstroom");

            migrationBuilder.DropTable(
                name: "Erkenningen");

            migrationBuilder.DropTable(
                name: "GebruikerScholen");

            migrationBuilder.DropTable(
                name: "Kwaliteitseisen");

            migrationBuilder.DropTable(
                name: "Ondertekeningen");

            migrationBuilder.DropTable(
                name: "RouteBesluiten");

            migrationBuilder.DropTable(
                name: "StageUren");

            migrationBuilder.DropTable(
                name: "Vakken");

            migrationBuilder.DropTable(
                name: "Vertegenwoordigers");

            migrationBuilder.DropTable(
                name: "VerwanteOpleidingen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Leerwerkovereenkomsten");

            migrationBuilder.DropTable(
                name: "Samenwerkingsovereenkomsten");

            migrationBuilder.DropTable(
                name: "Leerlingen");

            migrationBuilder.DropTable(
                name: "Praktijkbegeleiders");

            migrationBuilder.DropTable(
                name: "MboInstellingen");

            migrationBuilder.DropTable(
                name: "Profielen");

            migrationBuilder.DropTable(
                name: "Leerbedrijven");

            migrationBuilder.DropTable(
                name: "Scholen");
        }
    }
}
