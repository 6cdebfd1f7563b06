import { describe, expect, it } from "vitest";
import { memoryNotifyStore } from "../../../src/notify/store.js";
import { testChat } from "../../helpers/harness.js";

describe("/remind", () => {
  it("subscribes with the chat id, language and date only, and /remind again says it is on, with the button to stop", async () => {
    const notify = memoryNotifyStore();
    const chat = testChat({ lang: "ru", userId: 501, deps: { notify, now: () => new Date("2026-12-05T10:00:00Z") } });
    const [on] = await chat.send("/remind");
    expect(on?.text).toMatch(/напоминания включены. Когда назначат выборы/);
    expect(await notify.subscriptions.list()).toEqual([{ chatId: 501, lang: "ru", since: "2026-12-05T10:00:00.000Z" }]);
    expect(on?.buttons.map((b) => b.data)).toEqual(["r:off"]);
    const [again] = await chat.send("/remind");
    expect(again?.text).toMatch(/^Напоминания уже включены/);
    expect(again?.buttons.map((b) => b.data)).toEqual(["r:off"]);
    expect(await notify.subscriptions.list()).toHaveLength(1);
  });

  // Walkthrough 12: it promised reminders "before the dates that matter" when the calendar held none ahead.
  it.each([
    ["kk", "Қазір күнтізбемде алдағы сайлау күндері жоқ"],
    ["ru", "Сейчас в моём календаре нет предстоящих дат выборов"],
    ["en", "No election dates are ahead in my calendar now"],
  ] as const)(
    "says in %s that no date is ahead in the calendar today, on subscribing and when already on",
    async (lang, line) => {
      const chat = testChat({
        lang,
        deps: { notify: memoryNotifyStore(), now: () => new Date("2026-12-07T10:00:00Z") },
      });
      expect((await chat.send("/remind"))[0]?.text).toContain(line);
      expect((await chat.send("/remind"))[0]?.text).toContain(line);
    },
  );

  it("stops at once with /stop and with the button under a notice", async () => {
    const notify = memoryNotifyStore();
    const chat = testChat({ lang: "en", userId: 502, deps: { notify } });
    await chat.send("/remind");
    const [off] = await chat.press(1);
    expect(off?.text).toMatch(/no more reminders/);
    expect(await notify.subscriptions.get(502)).toBeUndefined();
    const [none] = await chat.send("/stop");
    expect(none?.text).toMatch(/no reminders on/);
  });

  it("is offered in the main menu and under the calendar, in kk", async () => {
    const notify = memoryNotifyStore();
    const chat = testChat({ lang: "kk", userId: 503, deps: { notify } });
    await chat.send("/start");
    const [on] = await chat.press(chat.lastButtons.findIndex((b) => b.data === "m:remind") + 1);
    expect(on?.text).toMatch(/еске салу қосылды. Сайлау тағайындалғанда/);
    await chat.send("/calendar");
    expect(chat.lastButtons.map((b) => b.data)).toContain("r:on");
  });

  it("sends the next notices in the language the subscriber switched to", async () => {
    const notify = memoryNotifyStore();
    const chat = testChat({ lang: "en", userId: 504, deps: { notify } });
    await chat.send("/remind");
    await chat.send("/language");
    await chat.press(chat.lastButtons.findIndex((b) => b.data === "l:kk") + 1);
    expect((await notify.subscriptions.get(504))?.lang).toBe("kk");
  });

  it("is offered under the answers that give an election's date, and that button only ever turns reminders on", async () => {
    const notify = memoryNotifyStore();
    const chat = testChat({ lang: "ru", userId: 505, deps: { notify } });
    const [answer] = await chat.send("когда прошли выборы в мажилис");
    expect(answer?.text).toMatch(/19 марта 2023/);
    const remind = answer!.buttons.findIndex((b) => b.data === "r:on") + 1;
    expect(remind).toBeGreaterThan(0);
    await chat.press(remind);
    expect((await notify.subscriptions.get(505))?.lang).toBe("ru");
    // Pressed again (an old message), it keeps the subscription instead of toggling it off.
    await chat.send("когда прошли выборы в мажилис");
    await chat.press(chat.lastButtons.findIndex((b) => b.data === "r:on") + 1);
    expect(await notify.subscriptions.get(505)).toBeDefined();
    // An answer that gives no election date has no such button.
    const [other] = await chat.send("во сколько открываются участки");
    expect(other?.buttons.map((b) => b.data)).not.toContain("r:on");
  });
});
