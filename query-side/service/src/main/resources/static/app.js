// Inovik search page: calls /api/innovations/search and renders facets, hits and paging.
// Highlight fragments come HTML-escaped from the server (only <em> is markup); everything else is
// inserted as text.
(function () {
  'use strict';

  const FACETS = [
    ['province', 'Provinsi'],
    ['region', 'Kabupaten/Kota'],
    ['regionType', 'Jenis pemda'],
    ['stage', 'Tahapan'],
    ['status', 'Status'],
    ['initiator', 'Inisiator'],
    ['digital', 'Jenis inovasi'],
    ['form', 'Bentuk'],
    ['affair', 'Urusan pemerintahan'],
    ['implementedYear', 'Tahun penerapan'],
  ];
  const FIELD_LABELS = {
    name: 'Nama', design: 'Rancang bangun', goals: 'Tujuan', benefits: 'Manfaat', results: 'Hasil',
  };
  const STAGE_LABELS = {
    USULAN: 'Usulan', LAYAK: 'Layak', TIDAK_LAYAK: 'Tidak layak', INISIATIF: 'Inisiatif',
    UJI_COBA: 'Uji coba', PENERAPAN: 'Penerapan',
  };
  const PAGE_SIZE = 20;

  const el = (id) => document.getElementById(id);
  const state = { q: '', sort: 'relevance', filters: {}, cursor: null };

  function params(withCursor) {
    const p = new URLSearchParams();
    if (state.q) p.set('q', state.q);
    p.set('sort', state.sort);
    p.set('size', String(PAGE_SIZE));
    for (const [facet, values] of Object.entries(state.filters)) {
      if (facet === 'implementedYear') {
        const years = [...values].map(Number).sort();
        if (years.length) {
          p.set('implementedFrom', years[0] + '-01-01');
          p.set('implementedTo', years[years.length - 1] + '-12-31');
        }
      } else {
        values.forEach((v) => p.append(facet, v));
      }
    }
    if (withCursor && state.cursor) p.set('cursor', state.cursor);
    return p;
  }

  async function search(append) {
    const response = await fetch('/api/innovations/search?' + params(append));
    const body = await response.json();
    if (!response.ok) {
      const reasons = (body.errors || []).map((e) => e.field + ' ' + e.reason).join('; ');
      showError(body.title + (reasons ? ': ' + reasons : ''));
      return;
    }
    showError(null);
    state.cursor = body.nextCursor;
    if (!append) {
      el('results').replaceChildren();
      renderFacets(body.facets);
    }
    body.items.forEach((item) => el('results').append(renderItem(item)));
    el('summary').textContent = body.total.toLocaleString('id-ID') + ' inovasi ditemukan';
    el('more').hidden = !body.nextCursor;
  }

  function showError(message) {
    el('error').hidden = !message;
    el('error').textContent = message || '';
  }

  function renderFacets(facets) {
    const aside = el('facets');
    aside.replaceChildren();
    for (const [key, title] of FACETS) {
      const buckets = facets[key] || [];
      const selected = state.filters[key] || new Set();
      if (!buckets.length && !selected.size) continue;
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = title;
      const list = document.createElement('div');
      list.className = 'list';
      for (const bucket of buckets) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.checked = selected.has(bucket.key);
        box.addEventListener('change', () => toggle(key, bucket.key, box.checked));
        const text = document.createElement('span');
        text.append(box, ' ' + bucket.label);
        const count = document.createElement('span');
        count.className = 'count';
        count.textContent = bucket.count.toLocaleString('id-ID');
        label.append(text, count);
        list.append(label);
      }
      fieldset.append(legend, list);
      aside.append(fieldset);
    }
  }

  function toggle(facet, value, on) {
    const values = state.filters[facet] || new Set();
    if (on) values.add(value); else values.delete(value);
    state.filters[facet] = values;
    state.cursor = null;
    search(false);
  }

  function renderItem(item) {
    const node = el('result').content.firstElementChild.cloneNode(true);
    const link = node.querySelector('.name');
    link.href = '/api/innovations/' + encodeURIComponent(item.id);
    const nameFragments = item.highlights && item.highlights.name;
    if (nameFragments && nameFragments.length) {
      link.innerHTML = nameFragments[0];
    } else {
      link.textContent = item.name;
    }
    node.querySelector('.meta').textContent = [
      item.regionName,
      item.provinceName,
      STAGE_LABELS[item.stage] || item.stage,
      item.status === 'BERHENTI' ? 'Berhenti' : null,
      item.digital ? 'Digital' : 'Non-digital',
      item.owningAgency,
    ].filter(Boolean).join(' · ');
    const fragments = node.querySelector('.fragments');
    for (const [field, parts] of Object.entries(item.highlights || {})) {
      if (field === 'name') continue;
      const p = document.createElement('p');
      const label = document.createElement('b');
      label.textContent = (FIELD_LABELS[field] || field) + ': ';
      const text = document.createElement('span');
      text.innerHTML = parts.join(' … ');
      p.append(label, text);
      fragments.append(p);
    }
    return node;
  }

  el('search').addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = el('q').value.trim();
    state.sort = el('sort').value;
    state.cursor = null;
    search(false);
  });
  el('sort').addEventListener('change', () => el('search').requestSubmit());
  el('more').addEventListener('click', () => search(true));

  search(false);
})();
