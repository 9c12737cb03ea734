import { describe, expect, it } from "vitest";
import { NoBreakCodes } from "../../src/ui/components/no-break";

const render = (text: string) => String(<NoBreakCodes text={text} />);

describe("codes in text", () => {
  it("keep a reference, a directive or a date on one line", () => {
    expect(render("for example KX7P-4M2Q.")).toBe('for example <span class="nowrap">KX7P-4M2Q</span>.');
    expect(render("Directive 17-01 from 2024-09-29")).toBe(
      'Directive <span class="nowrap">17-01</span> from <span class="nowrap">2024-09-29</span>',
    );
  });

  it("leave hyphenated words free to wrap", () => {
    expect(render("Kaspersky Anti-Virus and e-mail, CISA-run")).toBe("Kaspersky Anti-Virus and e-mail, CISA-run");
  });
});
