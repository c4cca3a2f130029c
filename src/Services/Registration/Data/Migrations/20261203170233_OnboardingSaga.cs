using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Kazynashylyk.Registration.Data.Migrations
{
    /// <inheritdoc />
    public partial class OnboardingSaga : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "onboarding_state",
                columns: table => new
                {
                    correlation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    current_state = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    client_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    territorial_unit_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    user_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    head_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expiry_token_id = table.Column<Guid>(type: "uuid", nullable: true),
                    form_verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agreement_id = table.Column<Guid>(type: "uuid", nullable: true),
                    journal_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    head_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    treasury_signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_certificate_serial = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    activated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_notification_id = table.Column<Guid>(type: "uuid", nullable: true),
                    head_notification_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    head_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_onboarding_state", x => x.correlation_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_onboarding_state_head_notification_id",
                table: "onboarding_state",
                column: "head_notification_id");

            migrationBuilder.CreateIndex(
                name: "ix_onboarding_state_user_id",
                table: "onboarding_state",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_onboarding_state_user_notification_id",
                table: "onboarding_state",
                column: "user_notification_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "onboarding_state");

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "chief-accountant",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "financing-plan-change", "payment-invoice" }, new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3" } });

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "first-head",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "power-of-attorney", "access-application", "financing-plan-change", "payment-invoice" }, new List<string> { "1.2.398.3.3.4.1.2.1" } });

            migrationBuilder.UpdateData(
                table: "roles",
                keyColumn: "Code",
                keyValue: "preparer",
                columns: new[] { "DocumentTypes", "QualifyingEkus" },
                values: new object[] { new List<string> { "registration-form", "eds-agreement", "supplementary-agreement", "supporting-document" }, new List<string> { "1.2.398.3.3.4.1.2.2", "1.2.398.3.3.4.1.2.3", "1.2.398.3.3.4.1.2.5" } });
        }
    }
}
