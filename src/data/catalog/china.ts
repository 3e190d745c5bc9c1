// China's crewed and cargo ships: the Shenzhou capsules (Shenzhou 5 and 12 are in the bundled
// JSON files) and the Tianzhou freighters (Tianzhou 2 is bundled), with their dockings at the
// Tiangong-1 and Tiangong-2 laboratories and the Tiangong station. Dates are UTC, so an event
// in the early Beijing morning falls on the previous day here.
import type { CatalogPart, DockingEntry, FlightEntry, LandingEntry, MissionTypeName } from './types.ts';

const CASC = 'China Aerospace Science and Technology Corporation';
const agencies = ['China Manned Space Agency'];
const programs = ['China Manned Space Program'];

const dock = (station: string, port: string | null, docked: string, undocked: string | null): DockingEntry => ({
  station, port, docked, undocked,
});

/** A Shenzhou capsule coming down under its parachute at one of the two landing sites. */
const land = (site: 'Siziwang Banner landing site' | 'Dongfeng landing site' | null, success: boolean | null = true, description?: string): LandingEntry => ({
  type: 'Parachute landing on land', site, success, ...(description ? { description } : {}),
});

/** A Shenzhou flight: Long March 2F from Jiuquan. */
function shenzhou(
  n: number,
  net: string,
  type: MissionTypeName,
  description: string,
  destination: string,
  end: string | null,
  landing: LandingEntry | null,
  dockings: DockingEntry[] = [],
): FlightEntry {
  return {
    spacecraft: `Shenzhou ${n}`,
    launch: {
      mission: `Shenzhou ${n}`, net, rocket: 'Long March 2F', pad: 'Launch Area 4 (SLS-1)', outcome: 'success',
      provider: CASC, type, description, agencies, programs,
    },
    destination, end, landing, ...(dockings.length ? { dockings } : {}),
  };
}

/** A Tianzhou flight: Long March 7 from Wenchang, burnt up at the end (`end` is the re-entry). */
function tianzhou(n: number, net: string, description: string, destination: string, end: string | null, dockings: DockingEntry[]): FlightEntry {
  return {
    spacecraft: `Tianzhou ${n}`,
    launch: {
      mission: `Tianzhou ${n}`, net, rocket: 'Long March 7', pad: 'Launch Complex 201', outcome: 'success',
      provider: CASC, type: 'Resupply', description, agencies, programs,
    },
    destination, end, landing: null, dockings,
  };
}

const craft = (name: string, description: string, config: 'Shenzhou' | 'Tianzhou') => ({
  name, serial: null, config, status: 'Single Use' as const, description,
});

const TG = 'Tiangong';

export const part: CatalogPart = {
  spacecraft: [
    craft('Shenzhou 1', 'The first Shenzhou, a simplified test ship with fixed solar cells that flew fourteen orbits to qualify the capsule and its new rocket.', 'Shenzhou'),
    craft('Shenzhou 2', 'The first fully equipped Shenzhou, carrying animals and dozens of experiments; its orbital module kept flying for months after the capsule came back.', 'Shenzhou'),
    craft('Shenzhou 3', 'An uncrewed Shenzhou with a dummy that simulated a person\'s breathing, pulse and metabolism to test life support.', 'Shenzhou'),
    craft('Shenzhou 4', 'The last uncrewed Shenzhou, fitted out as for a crew and flown as a dress rehearsal for Yang Liwei\'s flight.', 'Shenzhou'),
    craft('Shenzhou 6', 'The second crewed Shenzhou, which carried Fei Junlong and Nie Haisheng for almost five days.', 'Shenzhou'),
    craft('Shenzhou 7', 'The first three-seat Shenzhou flight, from whose orbital module Zhai Zhigang made China\'s first spacewalk.', 'Shenzhou'),
    craft('Shenzhou 8', 'An uncrewed Shenzhou that made China\'s first automated rendezvous and docking, with the Tiangong-1 laboratory.', 'Shenzhou'),
    craft('Shenzhou 9', 'The Shenzhou that took the first crew to Tiangong-1, including Liu Yang, the first Chinese woman in space.', 'Shenzhou'),
    craft('Shenzhou 10', 'The Shenzhou that carried the second and last crew to Tiangong-1.', 'Shenzhou'),
    craft('Shenzhou 11', 'The Shenzhou that carried Jing Haipeng and Chen Dong to the Tiangong-2 laboratory for a month.', 'Shenzhou'),
    craft('Shenzhou 13', 'The Shenzhou of the first six-month crew on the Tianhe core module, and the first to dock at its radial port.', 'Shenzhou'),
    craft('Shenzhou 14', 'The Shenzhou whose crew received the Wentian and Mengtian laboratories and saw the station completed.', 'Shenzhou'),
    craft('Shenzhou 15', 'The Shenzhou that brought the first crew to the completed three-module Tiangong station.', 'Shenzhou'),
    craft('Shenzhou 16', 'The Shenzhou that carried Gui Haichao, China\'s first civilian payload specialist, to Tiangong.', 'Shenzhou'),
    craft('Shenzhou 17', 'The Shenzhou whose crew made China\'s first repair spacewalk, on Tianhe\'s debris-damaged solar wings.', 'Shenzhou'),
    craft('Shenzhou 18', 'The Shenzhou that carried Ye Guangfu, Li Cong and Li Guangsu for the longest Chinese crew stay up to then.', 'Shenzhou'),
    craft('Shenzhou 19', 'The Shenzhou that carried Cai Xuzhe, Song Lingdong and Wang Haoze, China\'s first woman spaceflight engineer.', 'Shenzhou'),
    craft('Shenzhou 20', 'The Shenzhou that carried Chen Dong, Chen Zhongrui and Wang Jie to Tiangong in April 2025.', 'Shenzhou'),
    craft('Shenzhou 21', 'The Shenzhou launched in October 2025 that brought the Shenzhou 20 crew home after debris cracked a window of their own capsule.', 'Shenzhou'),
    craft('Shenzhou 22', 'The Shenzhou launched without a crew in November 2025 so that the Shenzhou 21 crew, whose own ship had taken the Shenzhou 20 crew home, had a way back.', 'Shenzhou'),
    craft('Tianzhou 1', 'China\'s first cargo ship, which tested refuelling in orbit with the Tiangong-2 laboratory.', 'Tianzhou'),
    craft('Tianzhou 3', 'The second freighter to supply the Tiangong station; it later moved itself from Tianhe\'s aft port to the forward port.', 'Tianzhou'),
    craft('Tianzhou 4', 'The freighter that supplied the Shenzhou 14 crew during the station\'s assembly year.', 'Tianzhou'),
    craft('Tianzhou 5', 'The freighter that docked about two hours after launch, then left and re-docked a month later as a test.', 'Tianzhou'),
    craft('Tianzhou 6', 'The first of an improved batch of Tianzhou freighters with a larger pressurised hold.', 'Tianzhou'),
    craft('Tianzhou 7', 'A freighter that reached Tiangong about three hours after launch with supplies for the Shenzhou 17 crew.', 'Tianzhou'),
    craft('Tianzhou 8', 'The freighter that carried supplies for the Shenzhou 19 and 20 crews, including bricks made of simulated lunar soil.', 'Tianzhou'),
    craft('Tianzhou 9', 'The only Tianzhou of 2025, carrying new Feitian spacesuits and supplies for the Shenzhou 20 and 21 crews.', 'Tianzhou'),
  ],
  flights: [
    shenzhou(1, '1999-11-19T22:30Z', 'Test Flight',
      'First uncrewed test of the Shenzhou spacecraft and maiden flight of the Long March 2F, lasting about 21 hours.',
      'Low Earth Orbit', '1999-11-20T19:41Z',
      land(null, true, 'The capsule came down in western Inner Mongolia after fourteen orbits.')),
    shenzhou(2, '2001-01-09T17:00Z', 'Test Flight',
      'Second uncrewed test, a week in orbit with life support, orbit changes and biological experiments.',
      'Low Earth Orbit', '2001-01-16T11:22Z',
      land('Siziwang Banner landing site', null, 'China announced a landing in Inner Mongolia but showed no pictures, and outside observers suspected a hard landing.')),
    shenzhou(3, '2002-03-25T14:15Z', 'Test Flight',
      'Third uncrewed test, the first with a ship able to carry a person, with a dummy astronaut on board.',
      'Low Earth Orbit', '2002-04-01T08:51Z', land('Siziwang Banner landing site')),
    shenzhou(4, '2002-12-29T16:40Z', 'Test Flight',
      'Final uncrewed rehearsal before the first crewed flight, a week in orbit in full crewed configuration.',
      'Low Earth Orbit', '2003-01-05T11:16Z', land('Siziwang Banner landing site')),
    shenzhou(6, '2005-10-12T01:00Z', 'Human Exploration',
      'China\'s second crewed flight and its first with two people, who also used the orbital module as living space.',
      'Low Earth Orbit', '2005-10-16T20:33Z', land('Siziwang Banner landing site')),
    shenzhou(7, '2008-09-25T13:10Z', 'Human Exploration',
      'First Chinese three-person crew, Zhai Zhigang, Liu Boming and Jing Haipeng; Zhai made the first Chinese spacewalk on 27 September.',
      'Low Earth Orbit', '2008-09-28T09:37Z', land('Siziwang Banner landing site')),
    shenzhou(8, '2011-10-31T21:58Z', 'Test Flight',
      'Uncrewed docking test with Tiangong-1: an automated docking, a separation and a second docking two weeks later.',
      'Tiangong-1', '2011-11-17', land('Siziwang Banner landing site'),
      [dock('Tiangong-1', 'Tiangong-1 port', '2011-11-02', '2011-11-14'), dock('Tiangong-1', 'Tiangong-1 port', '2011-11-14', '2011-11-16')]),
    shenzhou(9, '2012-06-16T10:37Z', 'Human Exploration',
      'First crewed visit to Tiangong-1, by Jing Haipeng, Liu Wang and Liu Yang, with an automated and then a manual docking.',
      'Tiangong-1', '2012-06-29T02:01Z', land('Siziwang Banner landing site'),
      [dock('Tiangong-1', 'Tiangong-1 port', '2012-06-18T06:07Z', '2012-06-24T03:08Z'), dock('Tiangong-1', 'Tiangong-1 port', '2012-06-24T04:38Z', '2012-06-28T01:22Z')]),
    shenzhou(10, '2013-06-11T09:38Z', 'Human Exploration',
      'Fifteen-day flight of Nie Haisheng, Zhang Xiaoguang and Wang Yaping, who gave a physics lesson to schools from Tiangong-1.',
      'Tiangong-1', '2013-06-26T00:07Z', land('Siziwang Banner landing site'),
      [dock('Tiangong-1', 'Tiangong-1 port', '2013-06-13', '2013-06-23'), dock('Tiangong-1', 'Tiangong-1 port', '2013-06-23', '2013-06-24')]),
    shenzhou(11, '2016-10-16T23:30Z', 'Human Exploration',
      'Thirty-three-day mission of Jing Haipeng and Chen Dong to the Tiangong-2 laboratory, China\'s longest crewed flight at the time.',
      'Tiangong-2', '2016-11-18T05:59Z', land('Siziwang Banner landing site'),
      [dock('Tiangong-2', 'Tiangong-2 port', '2016-10-18', '2016-11-17')]),
    shenzhou(13, '2021-10-15T16:23Z', 'Human Exploration',
      'Six-month stay of Zhai Zhigang, Wang Yaping and Ye Guangfu on Tianhe; Wang became the first Chinese woman to walk in space.',
      TG, '2022-04-16T01:56Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe nadir', '2021-10-15T22:56Z', '2022-04-15T16:44Z')]),
    shenzhou(14, '2022-06-05T02:44Z', 'Human Exploration',
      'Six-month mission of Chen Dong, Liu Yang and Cai Xuzhe, during which the Wentian and Mengtian modules completed the station.',
      TG, '2022-12-04T12:09Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe nadir', '2022-06-05T09:42Z', '2022-12-04T03:01Z')]),
    shenzhou(15, '2022-11-29T15:08Z', 'Human Exploration',
      'Six-month mission of Fei Junlong, Deng Qingming and Zhang Lu, which began with the first crew handover aboard Tiangong.',
      TG, '2023-06-03T22:33Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe forward', '2022-11-29T21:42Z', '2023-06-02')]),
    shenzhou(16, '2023-05-30T01:31Z', 'Human Exploration',
      'Five-month mission of Jing Haipeng, Zhu Yangzhu and the civilian payload specialist Gui Haichao.',
      TG, '2023-10-31', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe nadir', '2023-05-30T08:29Z', '2023-10-30T12:37Z')]),
    shenzhou(17, '2023-10-26T03:14Z', 'Human Exploration',
      'Six-month mission of Tang Hongbo, Tang Shengjie and Jiang Xinlin, including a spacewalk to repair solar wings.',
      TG, '2024-04-30T09:46Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe forward', '2023-10-26T09:46Z', '2024-04-30T00:43Z')]),
    shenzhou(18, '2024-04-25T12:59Z', 'Human Exploration',
      'Six-month mission of Ye Guangfu, Li Cong and Li Guangsu, about 192 days in orbit.',
      TG, '2024-11-03T17:24Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe nadir', '2024-04-25T19:32Z', '2024-11-03T08:12Z')]),
    shenzhou(19, '2024-10-29T20:27Z', 'Human Exploration',
      'Six-month mission of Cai Xuzhe, Song Lingdong and Wang Haoze; strong winds at Dongfeng delayed the return by a day.',
      TG, '2025-04-30', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe forward', '2024-10-30', '2025-04-29T20:00Z')]),
    // Its return and Shenzhou 21 and 22, past the catalog's mid-2025 cut-off, are recorded
    // because they end the Shenzhou 20 crew's flight and carry the crew aboard at the snapshot.
    shenzhou(20, '2025-04-24T09:17Z', 'Human Exploration',
      'Crew rotation flight of Chen Dong, Chen Zhongrui and Wang Jie for a six-month stay on Tiangong; a debris strike cracked a window of its capsule, which came home empty in January 2026.',
      TG, '2026-01-19T01:34Z',
      land('Dongfeng landing site', true, 'The capsule landed without a crew after 270 days in orbit, its cracked window reinforced from inside.'),
      [dock(TG, 'Tianhe nadir', '2025-04-24T15:49Z', '2026-01-18T16:23Z')]),
    shenzhou(21, '2025-10-31T15:44Z', 'Human Exploration',
      'Crew rotation flight of Zhang Lu, Wu Fei and Zhang Hongzhang, docked about three and a half hours after launch; it returned early, on 14 November 2025, with the Shenzhou 20 crew, whose capsule had been hit by debris.',
      TG, '2025-11-14T08:40Z', land('Dongfeng landing site'),
      [dock(TG, 'Tianhe forward', '2025-10-31T19:22Z', '2025-11-14T03:14Z')]),
    shenzhou(22, '2025-11-25T04:11Z', 'Human Exploration',
      'China\'s first emergency Shenzhou launch: an empty ship sent up to be the Shenzhou 21 crew\'s way home, with a repair kit for the Shenzhou 20 capsule\'s window.',
      TG, null, null,
      [dock(TG, 'Tianhe forward', '2025-11-25T07:50Z', null)]),

    tianzhou(1, '2017-04-20T11:41Z',
      'Maiden Tianzhou flight: three dockings with Tiangong-2, propellant transfers and a fast six-and-a-half-hour rendezvous.',
      'Tiangong-2', '2017-09-22', [
        dock('Tiangong-2', 'Tiangong-2 port', '2017-04-22T04:16Z', '2017-06-19T01:37Z'),
        dock('Tiangong-2', 'Tiangong-2 port', '2017-06-19T06:55Z', '2017-06-21'),
        dock('Tiangong-2', 'Tiangong-2 port', '2017-09-12', '2017-09-17T08:15Z'),
      ]),
    tianzhou(3, '2021-09-20T07:10Z', 'Resupply flight for the Shenzhou 13 crew, the second freighter to visit Tiangong.', TG, '2022-07-27', [
      dock(TG, 'Tianhe aft', '2021-09-20T14:08Z', '2022-04-19T21:02Z'),
      dock(TG, 'Tianhe forward', '2022-04-20T01:06Z', '2022-07-17T02:59Z'),
    ]),
    tianzhou(4, '2022-05-09T17:56Z', 'Resupply flight for the Shenzhou 14 crew.', TG, '2022-11-14', [
      dock(TG, 'Tianhe aft', '2022-05-10T00:54Z', '2022-11-09T06:55Z'),
    ]),
    tianzhou(5, '2022-11-12T02:03Z', 'Resupply flight for the Shenzhou 15 crew, with a record two-hour rendezvous.', TG, '2023-09-12', [
      dock(TG, 'Tianhe aft', '2022-11-12T04:10Z', '2023-05-05T07:26Z'),
      dock(TG, 'Tianhe forward', '2023-06-05', '2023-09-11'),
    ]),
    tianzhou(6, '2023-05-10T13:22Z', 'Resupply flight for the Shenzhou 16 crew, the first with the enlarged cargo section.', TG, '2024-01-19', [
      dock(TG, 'Tianhe aft', '2023-05-10T21:16Z', '2024-01-12'),
    ]),
    tianzhou(7, '2024-01-17T14:27Z', 'Resupply flight for the Shenzhou 17 and 18 crews, docking about three hours after launch.', TG, '2024-11-17', [
      dock(TG, 'Tianhe aft', '2024-01-17T17:46Z', '2024-11-10T08:30Z'),
    ]),
    tianzhou(8, '2024-11-15T15:13Z', 'Resupply flight for the Shenzhou 19 and 20 crews, delayed from the summer by typhoon damage at Wenchang.', TG, '2025-07-08', [
      dock(TG, 'Tianhe aft', '2024-11-15T18:32Z', '2025-07-08'),
    ]),
    tianzhou(9, '2025-07-14T21:34Z', 'Resupply flight for the Shenzhou 20 and 21 crews with about 6.5 tonnes of cargo.', TG, null, [
      dock(TG, 'Tianhe aft', '2025-07-15T00:52Z', null),
    ]),
  ],
};
