import { expect, it } from "vitest";
import { buildCorpusStats, buildCorpusStatsInSlices, type CorpusInput } from "./corpus-stats";

const input = (): CorpusInput => ({
  profiles: Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    text: `Researcher in speech recognition ${i} and remote sensing`,
  })),
  publications: Array.from({ length: 2000 }, (_, i) => ({
    id: `w${i}`,
    title: `Date palm disease detection ${i % 50}`,
    abstract: `Drone imagery of oasis number ${i} with convolutional networks and Darija speech`,
    year: 2015 + (i % 10),
    authors: [`p${i % 300}`],
  })),
  people: 300,
  conceptHolders: [],
});

it("builds the word table in slices: other work on the server runs while it is built", async () => {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const building = buildCorpusStatsInSlices(input(), 1);
  const stats = await building;
  clearInterval(timer);
  expect(ticks).toBeGreaterThan(3);
  const inOneGo = buildCorpusStats(input(), 1);
  expect(stats.documents).toBe(inOneGo.documents);
  expect([...stats.df]).toEqual([...inOneGo.df]);
  expect(stats.paperIndex.ids).toEqual(inOneGo.paperIndex.ids);
});
