import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { writeHostingFiles } from '../builder/render/hostingFiles.ts'
import { clusterByDistance, groupByPoint, withThemes } from '../src/lib/mapGroups'
import { byStreet, NO_STREET } from '../src/lib/mapPlaces'
import { DEFAULT_TILE_URL, mapTiles, tileImageSource } from '../src/lib/mapTiles'
import type { Org } from '../src/lib/organisation'
import { snapshot } from './helpers/builtSite'

describe('netwerkkaart data', () => {
  it('groups places by their exact point, keeping their order', () => {
    const a = { name: 'a', point: { lat: 51.9, lng: 4.45 } }
    const b = { name: 'b', point: { lat: 51.91, lng: 4.45 } }
    const c = { name: 'c', point: { lat: 51.9, lng: 4.45 } }
    expect(groupByPoint([a, b, c])).toEqual([[a, c], [b]])
  })

  it('filters on any chosen theme, and shows everyone when none is chosen', () => {
    const places = [{ themes: ['taal'] }, { themes: ['eten', 'zorg'] }, { themes: [] }]
    expect(withThemes(places, new Set())).toEqual(places)
    expect(withThemes(places, new Set(['zorg', 'taal']))).toEqual([places[0], places[1]])
  })

  it('clusters markers nearer than the radius, until no two cluster centres are that near', () => {
    const at = (x: number, y: number) => ({ x, y })
    const items = [at(0, 0), at(30, 0), at(200, 0), at(62, 0), at(400, 400)]
    const clusters = clusterByDistance(items, (item) => item, 48)
    expect(clusters.map((cluster) => cluster.length).sort()).toEqual([1, 1, 3])
    expect(clusterByDistance(items, (item) => item, 1)).toHaveLength(items.length)
    expect(clusters.flat().length).toBe(items.length)
  })

  it('lists organisations by street A–Z and by house number, without those that have neither address nor point', () => {
    const orgs = snapshot.organisations as Org[]
    const streets = byStreet(orgs)
    expect(streets.flatMap(([, along]) => along).length).toBe(orgs.filter((org) => org.address || org.geo).length)
    const names = streets.map(([street]) => street)
    expect(names).toEqual([...names].sort(new Intl.Collator('nl', { numeric: true, sensitivity: 'base' }).compare))
    for (const [street, along] of streets) {
      for (const org of along) expect(org.address?.street ?? NO_STREET).toBe(street)
      const numbers = along.map((org) => Number.parseInt(org.address?.houseNumber ?? '0', 10))
      expect(numbers).toEqual([...numbers].sort((x, y) => x - y))
    }
    const homeless = { ...orgs[0]!, address: null }
    expect(byStreet([homeless]).map(([street]) => street)).toEqual([NO_STREET])
    expect(byStreet([{ ...homeless, geo: null }])).toEqual([])
  })

  it('takes the tile URL and attribution from the environment, OpenStreetMap by default', () => {
    expect(mapTiles({}).url).toBe(DEFAULT_TILE_URL)
    expect(mapTiles({}).attribution).toContain('OpenStreetMap')
    expect(mapTiles({ MAP_TILE_URL: ' https://tiles.example.nl/{z}/{x}/{y}.png ' }).url).toBe('https://tiles.example.nl/{z}/{x}/{y}.png')
  })

  it('turns the tile URL into the CSP source for img-src, subdomains as a wildcard', () => {
    expect(tileImageSource(DEFAULT_TILE_URL)).toBe('https://tile.openstreetmap.org')
    expect(tileImageSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org')
    expect(tileImageSource('http://127.0.0.1:8080/tegels/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080')
    expect(() => tileImageSource('tile.example.org/{z}/{x}/{y}.png')).toThrow(/MAP_TILE_URL/)
  })

  it('writes that source into the CSP of _headers', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wijk-headers-'))
    try {
      writeHostingFiles(dir, { MAP_TILE_URL: 'https://{s}.tiles.example.nl/{z}/{x}/{y}.png' })
      expect(readFileSync(path.join(dir, '_headers'), 'utf8')).toMatch(/img-src 'self' data: https:\/\/\*\.tiles\.example\.nl;/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
