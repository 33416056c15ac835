package org.atomic2dynamics.source.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.atomic2dynamics.core.error.ErrorCode;
import org.atomic2dynamics.core.error.MigrationException;
import org.atomic2dynamics.core.source.EffectiveConfiguration;
import org.atomic2dynamics.core.source.EnumValue;
import org.atomic2dynamics.source.config.tsx.AppConfig;
import org.atomic2dynamics.source.config.tsx.AppTsxParser;
import org.junit.jupiter.api.Test;

class AppTsxParserTest {
    /** Shaped like a fork's src/App.tsx from before the configuration table (v1.0-era props). */
    static final String APP_TSX = """
            import { CRM } from "@/components/atomic-crm/root/CRM";
            import { defaultTheme } from "./theme"; // imported: not in this file
            import type { DealStage } from "./types";

            /* Our own pipeline. The "won" stage must stay last but one. */
            const baseStages: DealStage[] = [
              { value: 'opportunity', label: 'Opportunity' },
              { value: "proposal-sent", label: "Proposal Sent" }, // renamed in 2024
            ];

            const extraStages = [
              { value: "negotiation-2", label: 'Negotiation (round 2)' },
              { value: "won", label: "Won" },
              { value: "lost", label: "Lost", },
            ] as const;

            export const SECTORS = ["Communication Services", "Energy", 'Real Estate',];
            const currency = "EUR";
            let pipeline = ["won"];

            const App = () => (
              <CRM
                title="Acme CRM"
                // the stages shown on the deals board
                dealStages={[...baseStages, ...extraStages]}
                companySectors={SECTORS}
                dealCategories={[
                  "Other",
                  "Copywriting",
                  /* "Print project", */
                  "Website design",
                ]}
                noteStatuses={[
                  { value: "cold", label: "Cold", color: "#7dbde8" },
                  { value: "hot", label: "Hot", color: "#e88b7d" },
                ]}
                taskTypes={["None", "Email", "Call", "Follow-up"]}
                dealPipelineStatuses={pipeline}
                currency={currency}
                lightTheme={defaultTheme}
                logo={`${import.meta.env.BASE_URL}logo.svg`}
                disableTelemetry
                maxItems={0x10}
              />
            );

            export default App;
            """;

    @Test
    void readsTheCrmPropsWithConstantsSpreadsCommentsAndTrailingCommas() {
        AppConfig config = AppTsxParser.parse(APP_TSX, "App.tsx");
        assertThat(config.props().get("title")).isEqualTo("Acme CRM");
        assertThat(config.props().get("dealStages")).isEqualTo(List.of(
                Map.of("value", "opportunity", "label", "Opportunity"),
                Map.of("value", "proposal-sent", "label", "Proposal Sent"),
                Map.of("value", "negotiation-2", "label", "Negotiation (round 2)"),
                Map.of("value", "won", "label", "Won"),
                Map.of("value", "lost", "label", "Lost")));
        assertThat(config.props().get("companySectors")).isEqualTo(List.of("Communication Services", "Energy",
                "Real Estate"));
        assertThat(config.props().get("dealCategories")).isEqualTo(List.of("Other", "Copywriting", "Website design"));
        assertThat(config.props().get("dealPipelineStatuses")).isEqualTo(List.of("won"));
        assertThat(config.props().get("currency")).isEqualTo("EUR");
        assertThat(config.props().get("disableTelemetry")).isEqualTo(true);
        assertThat(config.props().get("maxItems")).isEqualTo(new BigDecimal(16));
    }

    @Test
    void namesWhatHasNoStaticValueInsteadOfDroppingIt() {
        AppConfig config = AppTsxParser.parse(APP_TSX, "App.tsx");
        assertThat(config.problems()).hasSize(2);
        assertThat(config.problems().get(0)).startsWith("lightTheme (line ").contains("defaultTheme is not declared");
        assertThat(config.problems().get(1)).startsWith("logo (line ").contains("template");
    }

    @Test
    void labelArraysBecomeSlugsWithTheirOrigin() {
        AppConfig app = AppTsxParser.parse(APP_TSX, "App.tsx");
        EffectiveConfiguration merged = ConfigurationMerger.merge(Defaults.configuration(), app.props(),
                "app-config:App.tsx");
        assertThat(merged.currency()).isEqualTo("EUR");
        assertThat(merged.currencyOrigin()).isEqualTo("app-config:App.tsx");
        assertThat(merged.enumeration(EffectiveConfiguration.TASK_TYPES).orElseThrow().values())
                .containsExactly(new EnumValue("none", "None", "app-config:App.tsx"),
                        new EnumValue("email", "Email", "app-config:App.tsx"),
                        new EnumValue("call", "Call", "app-config:App.tsx"),
                        new EnumValue("follow-up", "Follow-up", "app-config:App.tsx"));
        assertThat(merged.enumeration(EffectiveConfiguration.COMPANY_SECTORS).orElseThrow().find("real-estate"))
                .isPresent();
        assertThat(merged.enumeration(EffectiveConfiguration.DEAL_STAGES).orElseThrow().find("negotiation-2"))
                .hasValueSatisfying(v -> assertThat(v.label()).isEqualTo("Negotiation (round 2)"));
        assertThat(merged.enumeration(EffectiveConfiguration.CONTACT_GENDER).orElseThrow().values())
                .extracting(EnumValue::origin).containsOnly("code");
    }

    @Test
    void nestedMembersObjectSpreadsAndJsxTextWork() {
        String source = """
                const config = { stages: [{ value: "a", label: "A" }], extra: { currency: "GBP" } };
                const more = { ...config.extra, title: 'It\\'s ours' };
                export function App() {
                  return (
                    <div>Don't panic
                      <CRM dealStages={config.stages} {...more} taskTypes={config["stages"]} />
                    </div>
                  );
                }
                """;
        AppConfig config = AppTsxParser.parse(source, "CRM.tsx");
        assertThat(config.props()).containsEntry("currency", "GBP").containsEntry("title", "It's ours")
                .containsEntry("dealStages", List.of(Map.of("value", "a", "label", "A")));
        assertThat(config.props().get("taskTypes")).isEqualTo(config.props().get("dealStages"));
        assertThat(config.problems()).isEmpty();
    }

    @Test
    void fileWithoutCrmElementOrWithBrokenSyntaxIsOneLine() {
        assertThatThrownBy(() -> AppTsxParser.parse("export const x = 1;", "main.tsx"))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INPUT_NOT_READABLE);
                    assertThat(e.getMessage()).isEqualTo("main.tsx has no <CRM> element");
                });
        assertThatThrownBy(() -> AppTsxParser.parse("const App = () => <CRM dealStages={[{ a: 1 }", "App.tsx"))
                .isInstanceOf(MigrationException.class).hasMessageContaining("App.tsx line 1");
    }
}
