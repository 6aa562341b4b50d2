import { describe, expect, it } from 'vitest';
import { isOfficialUrl } from '../../src/lib/official-sources';

describe('official sources', () => {
  it.each([
    'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/0000075544.html',
    'https://kokoro.mhlw.go.jp/tel-soudan/',
    'https://laws.e-gov.go.jp/law/347AC0000000057',
    'https://www.johas.go.jp/sangyouhoken/tabid/333/Default.aspx',
    'https://jsite.mhlw.go.jp/fukuoka-roudoukyoku/_00491.html',
    'https://www.pref.osaka.lg.jp/kenkozukuri/',
    'https://www.city.akabira.hokkaido.jp/docs/1.html',
    'https://www.jaish.gr.jp/anzen/hor/hombun/hor1-1/hor1-1-1-1-0.htm',
    'https://www.jisha.or.jp/service/stress-check/small-scale/q_a.html',
  ])('%s is official', (url) => expect(isOfficialUrl(url)).toBe(true));

  it.each([
    'https://armg.jp/journal/vol-23',
    'https://jti.co.jp/coexistence/bunen/subsidy/',
    'https://wic-net.com/material/document/17187/176',
    'https://go.jp.example.com/',
    'https://examplego.jp/',
    'https://kenko-choju.tochigi.jp/',
    'not a url',
  ])('%s is not official', (url) => expect(isOfficialUrl(url)).toBe(false));
});
